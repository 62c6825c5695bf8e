import { credentialsLabelOf, headshotAltOf, personSchema } from './person'

const person = {
  id: 1,
  name: 'Maren Okafor',
  slug: 'maren-okafor',
  roles: ['writer'],
  credentials: [
    { id: 'a', abbreviation: 'LMFT', licenseState: 'CA', licenseNumber: 'LMFT 124563' },
    { id: 'b', abbreviation: 'PhD', licenseState: null, licenseNumber: null },
  ],
  headshot: 7,
  bio: 'Maren Okafor is a licensed marriage and family therapist.',
  credentialsLabel: 'LMFT, PhD',
  headshotAlt: 'Headshot of Maren Okafor, LMFT, PhD',
  isClinical: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  _status: 'published',
}

describe('personSchema', () => {
  it('completes each credential with its title and whether it is clinical', () => {
    const parsed = personSchema.parse(person)
    expect(parsed.credentials[0]).toMatchObject({
      abbreviation: 'LMFT',
      title: 'Licensed Marriage and Family Therapist',
      clinical: true,
    })
  })

  it('reads missing credentials as none', () => {
    expect(personSchema.parse({ ...person, credentials: null }).credentials).toEqual([])
  })

  it('rejects a credential Haven does not know', () => {
    const result = personSchema.safeParse({ ...person, credentials: [{ abbreviation: 'XYZ' }] })
    expect(result.error?.issues[0]?.path).toEqual(['credentials', 0, 'abbreviation'])
  })
})

describe('credentialsLabelOf', () => {
  it('joins the abbreviations in the person’s order', () => {
    expect(credentialsLabelOf(person.credentials)).toBe('LMFT, PhD')
    expect(credentialsLabelOf(null)).toBe('')
  })
})

describe('headshotAltOf', () => {
  it('uses the CMS’s derived alt text when the response has it', () => {
    expect(headshotAltOf({ ...person, headshotAlt: 'Headshot of M. Okafor' })).toBe('Headshot of M. Okafor')
  })

  it('makes the same wording from the name and credentials when it is missing', () => {
    expect(headshotAltOf({ ...person, headshotAlt: undefined })).toBe('Headshot of Maren Okafor, LMFT, PhD')
    expect(headshotAltOf({ name: 'Jo Doe', headshotAlt: null, credentials: [] })).toBe('Headshot of Jo Doe')
  })
})
