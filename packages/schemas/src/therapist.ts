import { z } from 'zod'

import { credentialAbbreviations, credentialCatalog, isClinicalCredential } from './credentials'
import { mediaSchema } from './media'
import { documentIdSchema, relationSchema, timestampSchema } from './relation'
import { slugSchema } from './slug'
import { topicRefSchema } from './topic'

/** The directory's listings (owned by accounts of `directory-members`). */
export const THERAPIST_COLLECTION = 'therapists'

/** US states and DC, by postal code: where a licence is held, an office is, or therapy is offered online. */
export const usStates = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
} as const // prettier-ignore
export type UsState = keyof typeof usStates
export const usStateCodes = Object.keys(usStates) as [UsState, ...UsState[]]
export const usStateSchema = z.enum(usStateCodes, { error: 'must be a US state postal code, e.g. NY' })

/** Credentials that are licences to treat: only these can be a listing's licence type. */
export const licenceTypes = credentialAbbreviations.filter(isClinicalCredential) as [
  (typeof credentialAbbreviations)[number],
  ...(typeof credentialAbbreviations)[number][],
]

/** The three statements, their limits (Psychology Today's) and how many characters a result card shows. */
export const therapistStatements = {
  helpWith: { label: 'What I help with', max: 640 },
  approach: { label: 'My approach', max: 360 },
  aboutMe: { label: 'About me', max: 360 },
} as const
export type TherapistStatement = keyof typeof therapistStatements
export const RESULT_EXCERPT_CHARS = 270

export const verificationStatuses = ['pending', 'verified', 'rejected', 'expired', 'paused'] as const
export type VerificationStatus = (typeof verificationStatuses)[number]
export const therapyFormats = { 'in-person': 'In person', video: 'Video', phone: 'Phone' } as const
export const agesServed = {
  children: 'Children (0–12)',
  teens: 'Teens (13–17)',
  adults: 'Adults (18–64)',
  'older-adults': 'Older adults (65+)',
} as const
export const therapistLanguages = [
  'English', 'Spanish', 'Mandarin', 'Cantonese', 'Vietnamese', 'Tagalog', 'Korean', 'Arabic',
  'French', 'Haitian Creole', 'Portuguese', 'Russian', 'Hindi', 'Polish', 'German', 'American Sign Language',
] as const // prettier-ignore
export const insurers = [
  'Aetna', 'Blue Cross Blue Shield', 'Cigna', 'UnitedHealthcare', 'Humana', 'Kaiser Permanente',
  'Medicaid', 'Medicare', 'Optum', 'Magellan', 'Tricare',
] as const // prettier-ignore
/** Optional, self-described identity (what a client may search for); never required. */
export const therapistGenders = {
  woman: 'Woman',
  man: 'Man',
  'non-binary': 'Non-binary',
} as const
export const therapistEthnicities = [
  'Asian', 'Black', 'Hispanic and Latinx', 'Middle Eastern', 'Native American', 'Pacific Islander', 'White',
  'Multiracial',
] as const // prettier-ignore
export const therapistSexualities = ['Bisexual', 'Gay', 'Lesbian', 'Queer', 'Straight'] as const
export const therapistFaiths = ['Buddhist', 'Christian', 'Hindu', 'Jewish', 'Muslim', 'Sikh'] as const

/** Fees per session in US dollars: whole dollars, a sane ceiling. */
export const MAX_FEE = 1000
/** Days after which "accepting new clients" lapses to "not confirmed" unless the therapist reconfirms. */
export const ACCEPTING_CONFIRMATION_DAYS = 30

/**
 * Why an NPI is wrong, or `null`. An NPI is 10 digits whose last is a Luhn check digit computed over
 * the prefix `80840` and the first nine (CMS's NPI check-digit standard).
 */
export function npiProblem(npi: string): string | null {
  if (!/^\d{10}$/.test(npi)) return `must be exactly 10 digits (got ${JSON.stringify(npi)})`
  const digits = `80840${npi}`.split('').map(Number)
  let sum = 0
  // Luhn: from the rightmost digit (the check digit), double every second one.
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits[i]!
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0 ? null : `${npi} fails the NPI check digit (a typo?)`
}

/** Why a statement is wrong, or `null`: over its limit, saying by how much. HTML is allowed and stays text. */
export function statementProblem(statement: TherapistStatement, text: string): string | null {
  const { max } = therapistStatements[statement]
  const length = [...text].length
  if (length > max)
    return `is ${length - max} character${length - max === 1 ? '' : 's'} over the limit of ${max} (${length} now)`
  return null
}

/** Why a fee range is wrong, or `null`. */
export function feeRangeProblem(
  min: number | null | undefined,
  max: number | null | undefined,
): string | null {
  if (min != null && max != null && min > max)
    return `the minimum fee ($${min}) is above the maximum ($${max})`
  return null
}

/** Why a licence expiry is wrong, or `null`: a calendar date (YYYY-MM-DD or ISO timestamp). */
export function licenceExpiryProblem(expiry: string): string | null {
  return Number.isNaN(Date.parse(expiry)) ? `${JSON.stringify(expiry)} is not a date` : null
}

/** Whether a licence number looks like one: letters, digits, spaces, dots and dashes. */
export const licenceNumberSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(40, 'is at most 40 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9 .\-/]*$/, 'may hold only letters, digits, spaces, dots, dashes and slashes')

export const therapistLicenceSchema = z.object({
  id: z.string().nullish(),
  type: z.enum(licenceTypes, { error: `must be a clinical licence (${licenceTypes.join(', ')})` }),
  state: usStateSchema,
  number: licenceNumberSchema,
  expiry: z.string().superRefine((value, ctx) => {
    const problem = licenceExpiryProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
})
export type TherapistLicence = z.infer<typeof therapistLicenceSchema>

export type AcceptingStatus = 'accepting' | 'not-accepting' | 'not-confirmed'

/**
 * What a card says about new clients: "accepting" only while it was confirmed within
 * {@link ACCEPTING_CONFIRMATION_DAYS} days of `now`; after that it lapses to "not confirmed".
 */
export function acceptingStatusOf(
  accepting: boolean | null | undefined,
  confirmedAt: string | null | undefined,
  now: Date,
): AcceptingStatus {
  if (!accepting) return 'not-accepting'
  const at = confirmedAt ? Date.parse(confirmedAt) : NaN
  if (Number.isNaN(at)) return 'not-confirmed'
  return now.getTime() - at > ACCEPTING_CONFIRMATION_DAYS * 86_400_000 ? 'not-confirmed' : 'accepting'
}

/** Whole days between `then` and `now` (0 on the same day), for "confirmed 3 days ago". */
export function daysAgo(then: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(then)) / 86_400_000))
}

/** "Accepting new clients · confirmed 3 days ago" and its siblings, as a card shows them. */
export function acceptingLabel(
  listing: { acceptingNewClients?: boolean | null; acceptingConfirmedAt?: string | null },
  now: Date,
): string {
  const status = acceptingStatusOf(listing.acceptingNewClients, listing.acceptingConfirmedAt, now)
  if (status === 'not-accepting') return 'Not accepting new clients'
  if (status === 'not-confirmed') return 'Accepting new clients: not confirmed in the last 30 days'
  const days = daysAgo(listing.acceptingConfirmedAt!, now)
  const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`
  return `Accepting new clients · confirmed ${when}`
}

/** The first {@link RESULT_EXCERPT_CHARS} characters of a statement, cut at a word where possible. */
export function statementExcerpt(text: string): string {
  const chars = [...text.trim()]
  if (chars.length <= RESULT_EXCERPT_CHARS) return chars.join('')
  const cut = chars.slice(0, RESULT_EXCERPT_CHARS).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > RESULT_EXCERPT_CHARS * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`
}

const statementField = (statement: TherapistStatement) =>
  z
    .string()
    .superRefine((text, ctx) => {
      const problem = statementProblem(statement, text)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    })
    .describe(`${therapistStatements[statement].label}: plain text, HTML is shown as text`)

const npiField = z
  .string()
  .superRefine((npi, ctx) => {
    const problem = npiProblem(npi)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .describe('National Provider Identifier (optional)')

const officeSchema = z.object({
  city: z.string().nullish(),
  state: usStateSchema.nullish(),
  zip: z
    .string()
    .regex(/^\d{5}$/, 'must be a 5-digit US ZIP code')
    .nullish(),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
})

/**
 * A directory listing as anyone may read it (`therapists` collection, verified listings only): the
 * public fields. The owner's account, the verification note and who verified stay in the CMS.
 */
export const therapistSchema = z.object({
  id: documentIdSchema,
  name: z.string().min(1).max(120),
  slug: slugSchema,
  pronouns: z.string().max(40).nullish(),
  credentials: z
    .array(
      z
        .object({ id: z.string().nullish(), abbreviation: z.enum(credentialAbbreviations) })
        .transform((c) => ({ ...c, ...credentialCatalog[c.abbreviation] })),
    )
    .nullish()
    .transform((c) => c ?? []),
  credentialsLabel: z.string().nullish().describe('e.g. "LMFT, PhD", shown after the name'),
  licences: z.array(therapistLicenceSchema).min(1, 'at least one licence is required'),
  npi: npiField.nullish(),
  verification: z.object({
    status: z.enum(verificationStatuses),
    verifiedAt: timestampSchema.nullish(),
  }),
  photo: relationSchema(mediaSchema).nullish(),
  photoAlt: z.string().nullish(),
  helpWith: statementField('helpWith'),
  approach: statementField('approach').nullish(),
  aboutMe: statementField('aboutMe').nullish(),
  issues: z.array(relationSchema(topicRefSchema)).nullish(),
  approaches: z.array(relationSchema(topicRefSchema)).nullish(),
  insurers: z.array(z.enum(insurers)).nullish(),
  feeMin: z.number().int().min(0).max(MAX_FEE).nullish(),
  feeMax: z.number().int().min(0).max(MAX_FEE).nullish(),
  slidingScale: z.boolean().nullish(),
  formats: z.array(z.enum(Object.keys(therapyFormats) as [keyof typeof therapyFormats])).nullish(),
  languages: z.array(z.enum(therapistLanguages)).nullish(),
  ages: z.array(z.enum(Object.keys(agesServed) as [keyof typeof agesServed])).nullish(),
  gender: z.enum(Object.keys(therapistGenders) as [keyof typeof therapistGenders]).nullish(),
  ethnicities: z.array(z.enum(therapistEthnicities)).nullish(),
  sexuality: z.enum(therapistSexualities).nullish(),
  faith: z.enum(therapistFaiths).nullish(),
  office: officeSchema.nullish(),
  statesOnline: z.array(usStateSchema).nullish(),
  acceptingNewClients: z.boolean().nullish(),
  acceptingConfirmedAt: timestampSchema.nullish(),
  updatedAt: timestampSchema,
})
export type Therapist = z.infer<typeof therapistSchema>

/**
 * What a member or staff may send to create or change a listing: the input rules (the CMS adds the
 * one that needs the ZIP dataset: an office ZIP must exist, and lie in the office's state).
 */
export const therapistInputSchema = therapistSchema
  .pick({
    name: true,
    pronouns: true,
    licences: true,
    npi: true,
    helpWith: true,
    approach: true,
    aboutMe: true,
    insurers: true,
    feeMin: true,
    feeMax: true,
    slidingScale: true,
    formats: true,
    languages: true,
    ages: true,
    gender: true,
    ethnicities: true,
    sexuality: true,
    faith: true,
    statesOnline: true,
    acceptingNewClients: true,
  })
  .extend({
    credentials: z.array(z.object({ abbreviation: z.enum(credentialAbbreviations) })).nullish(),
    office: officeSchema.pick({ city: true, state: true, zip: true }).nullish(),
  })
  .superRefine((input, ctx) => {
    const problem = feeRangeProblem(input.feeMin, input.feeMax)
    if (problem) ctx.addIssue({ code: 'custom', path: ['feeMin'], message: problem })
  })
export type TherapistInput = z.input<typeof therapistInputSchema>

/** The listing's result card: what `/api/directory-search` returns per result. */
export const therapistCardSchema = therapistSchema
  .pick({
    id: true,
    name: true,
    slug: true,
    pronouns: true,
    credentialsLabel: true,
    photo: true,
    photoAlt: true,
    helpWith: true,
    office: true,
    statesOnline: true,
    formats: true,
    acceptingNewClients: true,
    acceptingConfirmedAt: true,
    verification: true,
  })
  .extend({ distanceMiles: z.number().nullish() })
export type TherapistCard = z.infer<typeof therapistCardSchema>
