import {
  activePartnersOf,
  DEFAULT_DISCLOSURE_TEMPLATE,
  disclosureForOffers,
  formatDisclosure,
  formatNameList,
} from './disclosure'
import type { PartnerOffersBlock } from './lexical'
import { partnerSchema } from './partner'

const stamp = '2026-01-01T00:00:00.000Z'
const partner = (id: number, name: string, active = true) =>
  partnerSchema.parse({
    id,
    name,
    slug: name.toLowerCase(),
    disclosureName: `${name} Therapy`,
    category: 'Online therapy',
    offerText: `${name} matches you with a therapist.`,
    ctaLabel: `Visit ${name}`,
    url: `https://${name.toLowerCase()}.example`,
    active,
    updatedAt: stamp,
    createdAt: stamp,
    _status: 'published',
  })

describe('formatNameList', () => {
  it.each([
    [[], ''],
    [['Harborline'], 'Harborline'],
    [['Harborline', 'Twofold'], 'Harborline and Twofold'],
    [
      ['OurRelationship', 'Ritual', 'BetterHelp', 'Online-Therapy'],
      'OurRelationship, Ritual, BetterHelp, and Online-Therapy',
    ],
  ])('lists %j as "%s"', (names, expected) => {
    expect(formatNameList(names)).toBe(expected)
  })

  it('names each partner once, however often it appears', () => {
    expect(formatNameList(['A', 'B', 'A', ' B '])).toBe('A and B')
  })
})

describe('formatDisclosure', () => {
  it('puts the list into the settings’ wording', () => {
    expect(formatDisclosure(['A', 'B', 'C'], 'Paid by {partners}.')).toBe('Paid by A, B, and C.')
  })

  it('falls back to the default wording when the template lost its placeholder', () => {
    expect(formatDisclosure(['A'], 'Paid by our partners.')).toBe(
      DEFAULT_DISCLOSURE_TEMPLATE.replace('{partners}', 'A'),
    )
  })

  it('gives no disclosure for a group without partners', () => {
    expect(formatDisclosure([])).toBeNull()
  })
})

describe('activePartnersOf', () => {
  it('gives the populated, active partners in order and drops ids, nulls and inactive ones', () => {
    const block: Pick<PartnerOffersBlock, 'offers'> = {
      offers: [
        { partner: partner(2, 'Twofold') },
        { partner: 5 },
        { partner: null },
        { partner: partner(9, 'Lantern', false) },
        { partner: partner(1, 'Harborline') },
      ],
    }
    expect(activePartnersOf(block).map((p) => p.name)).toEqual(['Twofold', 'Harborline'])
  })
})

describe('disclosureForOffers', () => {
  it('names exactly the partners the group shows, in the settings’ wording', () => {
    const block = {
      offers: [{ partner: partner(1, 'Harborline') }, { partner: 3 }, { partner: partner(2, 'Twofold') }],
    }
    expect(disclosureForOffers(block, 'Haven is paid by {partners}.')).toBe(
      'Haven is paid by Harborline Therapy and Twofold Therapy.',
    )
  })

  it('uses the default wording without a template', () => {
    expect(disclosureForOffers({ offers: [{ partner: partner(1, 'Harborline') }] }, null)).toMatch(
      /^Haven is paid by Harborline Therapy when/,
    )
  })

  it('gives no disclosure for a group that shows no partner', () => {
    expect(
      disclosureForOffers({ offers: [{ partner: 3 }, { partner: null }] }, 'Paid by {partners}.'),
    ).toBeNull()
  })
})
