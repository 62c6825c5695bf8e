import {
  acceptingLabel,
  acceptingStatusOf,
  feeRangeProblem,
  licenceExpiryProblem,
  npiProblem,
  RESULT_EXCERPT_CHARS,
  statementExcerpt,
  statementProblem,
  therapistInputSchema,
  therapistLicenceSchema,
  therapistSchema,
} from './therapist'

const licence = { type: 'LMFT', state: 'NY', number: 'LMFT-004512', expiry: '2027-06-30' }
const input = { name: 'Rosa Delgado', licences: [licence], helpWith: 'Anxiety and grief.' }
const now = new Date('2026-12-04T12:00:00.000Z')
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
const messages = (result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) => (result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))

describe('the NPI rule (10 digits, Luhn over 80840 + the number)', () => {
  it.each([['1234567893'], ['1245319599'], ['1003000126']])('accepts the valid NPI %s', (npi) =>
    expect(npiProblem(npi)).toBeNull(),
  )
  it.each([['1234567890'], ['1234567894'], ['1245319590']])('refuses %s for its check digit', (npi) =>
    expect(npiProblem(npi)).toBe(`${npi} fails the NPI check digit (a typo?)`),
  )
  it.each([['123456789'], ['12345678933'], ['12345 6789'], ['abcdefghij']])(
    'refuses %j for its shape',
    (npi) => expect(npiProblem(npi)).toMatch(/must be exactly 10 digits/),
  )
  it('is optional on a listing but checked when given', () => {
    expect(therapistInputSchema.safeParse(input).success).toBe(true)
    expect(messages(therapistInputSchema.safeParse({ ...input, npi: '1234567890' }))).toEqual([
      'npi: 1234567890 fails the NPI check digit (a typo?)',
    ])
  })
})

describe('the statements', () => {
  it.each([
    ['helpWith', 640],
    ['approach', 360],
    ['aboutMe', 360],
  ] as const)('%s accepts exactly %i characters and says by how much a longer one is over', (field, max) => {
    expect(statementProblem(field, 'a'.repeat(max))).toBeNull()
    expect(statementProblem(field, 'a'.repeat(max + 1))).toBe(
      `is 1 character over the limit of ${max} (${max + 1} now)`,
    )
    expect(messages(therapistInputSchema.safeParse({ ...input, [field]: 'a'.repeat(max + 25) }))).toEqual([
      `${field}: is 25 characters over the limit of ${max} (${max + 25} now)`,
    ])
  })
  it('counts characters, not UTF-16 units (an emoji is one)', () =>
    expect(statementProblem('approach', '🙂'.repeat(360))).toBeNull())
  it('keeps HTML as the text it is: nothing stripped, counted as typed', () => {
    const html = '<b>Bold</b> <script>alert(1)</script>'
    const parsed = therapistInputSchema.parse({ ...input, helpWith: html })
    expect(parsed.helpWith).toBe(html)
  })
  it(`cuts a result excerpt at ${RESULT_EXCERPT_CHARS} characters, at a word where it can`, () => {
    const short = 'Short statement.'
    expect(statementExcerpt(short)).toBe(short)
    const long = 'word '.repeat(100)
    const excerpt = statementExcerpt(long)
    expect([...excerpt].length).toBeLessThanOrEqual(RESULT_EXCERPT_CHARS + 1)
    expect(excerpt.endsWith('word…')).toBe(true)
    expect(statementExcerpt('x'.repeat(300))).toBe(`${'x'.repeat(RESULT_EXCERPT_CHARS)}…`)
  })
})

describe('licences', () => {
  it('accepts a clinical licence with a state, number and expiry', () =>
    expect(therapistLicenceSchema.safeParse(licence).success).toBe(true))
  it('refuses a credential that is not a licence to treat', () =>
    expect(messages(therapistLicenceSchema.safeParse({ ...licence, type: 'MA' }))[0]).toMatch(
      /^type: must be a clinical licence \(MD, DO, PhD/,
    ))
  it('refuses an unknown state', () =>
    expect(messages(therapistLicenceSchema.safeParse({ ...licence, state: 'XX' }))).toEqual([
      'state: must be a US state postal code, e.g. NY',
    ]))
  it.each([[''], ['<b>1</b>'], ['x'.repeat(41)]])('refuses the licence number %j', (number) =>
    expect(messages(therapistLicenceSchema.safeParse({ ...licence, number }))[0]).toMatch(/^number: /),
  )
  it('refuses an expiry that is not a date', () => {
    expect(licenceExpiryProblem('soon')).toBe('"soon" is not a date')
    expect(messages(therapistLicenceSchema.safeParse({ ...licence, expiry: 'soon' }))).toEqual([
      'expiry: "soon" is not a date',
    ])
  })
  it('requires at least one licence on a listing', () =>
    expect(messages(therapistInputSchema.safeParse({ ...input, licences: [] }))).toEqual([
      'licences: at least one licence is required',
    ]))
})

describe('fees', () => {
  it('accepts a minimum up to the maximum, or either alone', () => {
    expect(feeRangeProblem(80, 80)).toBeNull()
    expect(feeRangeProblem(80, null)).toBeNull()
    expect(feeRangeProblem(undefined, 200)).toBeNull()
  })
  it('refuses a minimum above the maximum, on the minimum', () =>
    expect(messages(therapistInputSchema.safeParse({ ...input, feeMin: 200, feeMax: 120 }))).toEqual([
      'feeMin: the minimum fee ($200) is above the maximum ($120)',
    ]))
  it('refuses a negative or fractional fee', () => {
    expect(therapistInputSchema.safeParse({ ...input, feeMin: -5 }).success).toBe(false)
    expect(therapistInputSchema.safeParse({ ...input, feeMax: 99.5 }).success).toBe(false)
  })
})

describe('credentials use the credential facts', () => {
  it('refuses an abbreviation the catalogue does not know', () =>
    expect(therapistInputSchema.safeParse({ ...input, credentials: [{ abbreviation: 'XYZ' }] }).success).toBe(
      false,
    ))
  it('completes a listing credential with its title and whether it is clinical', () => {
    const listing = therapistSchema.parse({
      ...input,
      id: 1,
      slug: 'rosa-delgado',
      credentials: [{ abbreviation: 'LMFT' }, { abbreviation: 'MA' }],
      verification: { status: 'verified' },
      updatedAt: now.toISOString(),
    })
    expect(listing.credentials).toEqual([
      { abbreviation: 'LMFT', title: 'Licensed Marriage and Family Therapist', clinical: true },
      { abbreviation: 'MA', title: 'Master of Arts', clinical: false },
    ])
  })
})

describe('accepting new clients lapses after 30 days', () => {
  it.each([
    [true, daysBefore(0), 'accepting', 'Accepting new clients · confirmed today'],
    [true, daysBefore(1), 'accepting', 'Accepting new clients · confirmed yesterday'],
    [true, daysBefore(3), 'accepting', 'Accepting new clients · confirmed 3 days ago'],
    [true, daysBefore(30), 'accepting', 'Accepting new clients · confirmed 30 days ago'],
    [true, daysBefore(31), 'not-confirmed', 'Accepting new clients: not confirmed in the last 30 days'],
    [true, null, 'not-confirmed', 'Accepting new clients: not confirmed in the last 30 days'],
    [false, daysBefore(1), 'not-accepting', 'Not accepting new clients'],
  ] as const)('accepting %s, confirmed %s: %s', (accepting, confirmedAt, status, label) => {
    expect(acceptingStatusOf(accepting, confirmedAt, now)).toBe(status)
    expect(acceptingLabel({ acceptingNewClients: accepting, acceptingConfirmedAt: confirmedAt }, now)).toBe(
      label,
    )
  })
})
