import { z } from 'zod'

import { slugSchema } from './slug'
import {
  agesServed,
  insurers,
  MAX_FEE,
  therapistCardSchema,
  therapistGenders,
  therapistLanguages,
  usStates,
  type UsState,
} from './therapist'

/** Results per page of a directory search: fixed, so every page is bounded. */
export const DIRECTORY_PAGE_SIZE = 10
export const MAX_DIRECTORY_PAGE = 100
export const DEFAULT_RADIUS_MILES = 25
export const MAX_RADIUS_MILES = 100
/** Results whose distances fall in the same band of miles are "equally near" and rotate among themselves. */
export const DISTANCE_BAND_MILES = 5

/** A query-string value: an empty field of a submitted form (`issue=`) means the filter is off. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional())

const flag = (name: string) =>
  optional(z.enum(['1', '0', 'true', 'false'], { error: `${name}: must be 1 (on) or 0 (off)` })).transform(
    (value) => value === '1' || value === 'true',
  )

const wholeNumber = (name: string, min: number, max: number) =>
  optional(
    z
      .string()
      .regex(/^\d+$/, `${name}: must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `${name}: must be a whole number from ${min} to ${max}`),
  )

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  optional(z.enum(values, { error: `${name}: must be one of ${values.join(', ')}` }))

/**
 * The query string of `/directory` and of `GET /api/directory-search` (the same names): every value is
 * a string as it came; a bad one is refused with a message naming the parameter.
 */
export const directorySearchParamsSchema = z.object({
  location: optional(
    z.string().trim().max(80, 'location: at most 80 characters (a ZIP code, a city or a state)'),
  ),
  radius: wholeNumber('radius', 1, MAX_RADIUS_MILES),
  online: flag('online'),
  issue: optional(slugSchema.describe('A topic of the menu, by slug')),
  approach: optional(slugSchema),
  insurance: oneOf('insurance', insurers),
  maxFee: wholeNumber('maxFee', 0, MAX_FEE),
  slidingScale: flag('slidingScale'),
  language: oneOf('language', therapistLanguages),
  gender: oneOf('gender', Object.keys(therapistGenders) as [keyof typeof therapistGenders]),
  age: oneOf('age', Object.keys(agesServed) as [keyof typeof agesServed]),
  accepting: flag('accepting'),
  page: wholeNumber('page', 1, MAX_DIRECTORY_PAGE),
})
export type DirectorySearchParams = z.output<typeof directorySearchParamsSchema>
export const directorySearchParamNames = Object.keys(
  directorySearchParamsSchema.shape,
) as (keyof DirectorySearchParams)[]

/**
 * Parses a query string (only the names above: others, like tracking parameters, are ignored). The
 * error names the first bad parameter, e.g. `maxFee: must be a whole number from 0 to 1000`.
 */
export function parseDirectorySearch(
  query: URLSearchParams | Record<string, string | string[] | undefined>,
): { ok: true; params: DirectorySearchParams } | { ok: false; param: string; message: string } {
  const raw: Record<string, string | undefined> = {}
  for (const name of directorySearchParamNames) {
    const value = query instanceof URLSearchParams ? (query.get(name) ?? undefined) : query[name]
    raw[name] = Array.isArray(value) ? value[0] : value
  }
  const parsed = directorySearchParamsSchema.safeParse(raw)
  if (parsed.success) return { ok: true, params: parsed.data }
  const issue = parsed.error.issues[0]!
  const param = String(issue.path[0] ?? 'query')
  const message = issue.message.startsWith(`${param}: `) ? issue.message : `${param}: ${issue.message}`
  return { ok: false, param, message }
}

/** The query string for `params` (page 1 and off filters left out), in a fixed order: one cache key per filter set. */
export function directorySearchQuery(params: Partial<DirectorySearchParams>): string {
  const out = new URLSearchParams()
  for (const name of directorySearchParamNames) {
    const value = params[name]
    if (value === undefined || value === false || (name === 'page' && value === 1)) continue
    out.set(name, value === true ? '1' : String(value))
  }
  return out.toString()
}

/** What `location` names: a ZIP code, a state (code or name), or a city (with its state when given). */
export type DirectoryLocation =
  | { kind: 'none' }
  | { kind: 'zip'; zip: string }
  | { kind: 'state'; state: UsState }
  | { kind: 'city'; city: string; state?: UsState }

const stateByName = new Map(
  Object.entries(usStates).map(([code, name]) => [name.toLowerCase(), code as UsState]),
)
const asState = (text: string): UsState | undefined => {
  const upper = text.trim().toUpperCase()
  if (upper in usStates) return upper as UsState
  return stateByName.get(text.trim().toLowerCase())
}

export function parseDirectoryLocation(location: string | undefined): DirectoryLocation {
  const text = location?.trim() ?? ''
  if (!text) return { kind: 'none' }
  if (/^\d{5}$/.test(text)) return { kind: 'zip', zip: text }
  const state = asState(text)
  if (state && (text.length === 2 || !text.includes(','))) return { kind: 'state', state }
  const comma = text.lastIndexOf(',')
  if (comma > 0) {
    const inState = asState(text.slice(comma + 1))
    if (inState) return { kind: 'city', city: text.slice(0, comma).trim(), state: inState }
  }
  return { kind: 'city', city: text }
}

/** The answer of `GET /api/directory-search`. */
export const directorySearchResultSchema = z.object({
  docs: z.array(therapistCardSchema),
  totalDocs: z.number().int(),
  page: z.number().int(),
  totalPages: z.number().int(),
  pageSize: z.number().int(),
  /** The UTC day whose rotation ordered equally near results. */
  rotationDate: z.string(),
  location: z.object({
    kind: z.enum(['none', 'zip', 'state', 'city']),
    label: z.string().nullish(),
    state: z.string().nullish(),
    radiusMiles: z.number().nullish(),
  }),
})
export type DirectorySearchResult = z.infer<typeof directorySearchResultSchema>

/**
 * What to widen when a search found nothing: each filter that is on, in words, most restrictive
 * first (the radius before the rest, a ZIP search is the commonest empty one).
 */
export function widenSuggestions(params: DirectorySearchParams): string[] {
  const out: string[] = []
  const location = parseDirectoryLocation(params.location)
  if (location.kind === 'zip' && (params.radius ?? DEFAULT_RADIUS_MILES) < MAX_RADIUS_MILES)
    out.push(`a larger radius than ${params.radius ?? DEFAULT_RADIUS_MILES} miles`)
  if (location.kind === 'city') out.push('the whole state instead of the city')
  if (location.kind !== 'none' && !params.online) out.push('therapists who see clients online in your state')
  if (params.accepting) out.push('therapists whose availability is not confirmed this month')
  if (params.maxFee !== undefined) out.push(`a fee above $${params.maxFee}`)
  if (params.insurance) out.push(`other payment than ${params.insurance} (many offer a sliding scale)`)
  if (params.slidingScale) out.push('fixed fees as well as sliding scales')
  if (params.issue) out.push('any issue')
  if (params.approach) out.push('any approach')
  if (params.language) out.push(`languages other than ${params.language}`)
  if (params.gender) out.push('any gender')
  if (params.age) out.push('any age group')
  return out
}
