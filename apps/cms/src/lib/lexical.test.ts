import { offerGroups } from './lexical'

const bodyWith = (fields: Record<string, unknown>) => ({
  root: { type: 'root', children: [{ type: 'block', fields: { blockType: 'partnerOffers', ...fields } }] },
})

describe('offerGroups', () => {
  it('lists each group’s partners, populated or not', () => {
    expect(
      offerGroups(bodyWith({ title: 'Couples', offers: [{ partner: 3 }, { partner: { id: 4 } }] })),
    ).toEqual([{ title: 'Couples', partnerIds: [3, 4] }])
  })

  // The admin's block form sends a list with no rows as its row count: `offers: 0` crashed Save Draft.
  it.each([0, null, undefined, '', {}])('reads offers of %p as a group with no partner', (offers) => {
    expect(offerGroups(bodyWith({ offers }))).toEqual([{ title: undefined, partnerIds: [] }])
  })
})
