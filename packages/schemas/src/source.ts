/**
 * An article's cited sources and the citation markers in its text. The CMS refuses a source that
 * breaks a rule here (with the field named) and the web app parses sources with the same rules, so
 * the two never disagree about what a valid source is.
 */
import { z } from 'zod'

/** At most this many sources per article (the admin's `maxRows`). */
export const MAX_SOURCES = 50
/** The oldest year a source may carry. */
export const MIN_SOURCE_YEAR = 1800

/** A DOI as Crossref and DataCite assign them: `10.<registrant, 4–9 digits>/<suffix without spaces>`. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/
/** A PubMed identifier: 1 to 8 digits. */
export const PMID_PATTERN = /^\d{1,8}$/

const blank = (value: unknown) => value === undefined || value === null || value === ''

/** What is wrong with a source's title or publisher (`null`: nothing), for a required text. */
export function sourceTextProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'is required'
  return value.length > 300 ? 'must be at most 300 characters' : null
}

/** What is wrong with a source's year: a whole year from 1800 to the current one (it is optional). */
export function sourceYearProblem(value: unknown, now: Date = new Date()): string | null {
  if (blank(value)) return null
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be a whole year, e.g. 2021'
  if (value < MIN_SOURCE_YEAR) return `must be ${MIN_SOURCE_YEAR} or later (got ${value})`
  const thisYear = now.getUTCFullYear()
  if (value > thisYear) return `cannot be in the future (got ${value}; this year is ${thisYear})`
  return null
}

/** What is wrong with a source's address: required, a valid URL, and https. */
export function sourceUrlProblem(value: unknown): string | null {
  if (blank(value)) return 'is required'
  if (typeof value !== 'string') return 'must be a URL'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not a valid URL`
  }
  if (url.protocol !== 'https:') return `must start with https:// (got ${url.protocol}//)`
  return null
}

/** What is wrong with a DOI (optional), e.g. `10.1000/xyz123`, written without `https://doi.org/`. */
export function doiProblem(value: unknown): string | null {
  if (blank(value)) return null
  if (typeof value !== 'string' || !DOI_PATTERN.test(value))
    return `"${String(value)}" is not a DOI; write it as 10.<4–9 digits>/<suffix>, e.g. 10.1000/xyz123, without https://doi.org/`
  return null
}

/** What is wrong with a PubMed id (optional): 1 to 8 digits, e.g. 31415926. */
export function pmidProblem(value: unknown): string | null {
  if (blank(value)) return null
  if (typeof value !== 'string' || !PMID_PATTERN.test(value))
    return `"${String(value)}" is not a PMID; it is 1 to 8 digits, e.g. 31415926`
  return null
}

/** Each field of a source with its rule; the CMS uses these as the fields' `validate`. */
export const sourceFieldRules = {
  title: sourceTextProblem,
  publisher: sourceTextProblem,
  year: (value: unknown) => sourceYearProblem(value),
  url: sourceUrlProblem,
  doi: doiProblem,
  pmid: pmidProblem,
} as const
export type SourceField = keyof typeof sourceFieldRules

/** A zod string or number checked by one of the rules above, with its message. */
const ruled = <T extends z.ZodType>(schema: T, rule: (value: unknown) => string | null) =>
  schema.superRefine((value, ctx) => {
    const problem = rule(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** One cited source of an article, as the CMS stores it (an array row). */
export const articleSourceSchema = z.object({
  id: z.string().nullish(),
  title: ruled(z.string(), sourceFieldRules.title).describe('The page, report or paper cited'),
  publisher: ruled(z.string(), sourceFieldRules.publisher).describe('Its publisher, or the journal'),
  year: ruled(z.number().nullish(), sourceFieldRules.year).describe('Year of publication'),
  url: ruled(z.string(), sourceFieldRules.url).describe('Where readers can read it (https)'),
  doi: ruled(z.string().nullish(), sourceFieldRules.doi).describe('Its DOI, e.g. 10.1000/xyz123'),
  pmid: ruled(z.string().nullish(), sourceFieldRules.pmid).describe('Its PubMed id'),
})
export type ArticleSource = z.infer<typeof articleSourceSchema>

/** An article's sources: numbered from 1 in this order, which is how the text cites them. */
export const articleSourcesSchema = z
  .array(articleSourceSchema)
  .max(MAX_SOURCES)
  .nullish()
  .transform((sources) => sources ?? [])

/** The address of a DOI and of a PubMed record, as the Sources section links them. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`

// ── Citations in the text ────────────────────────────────────────────────────────────────────────

/** How a writer cites source n in the body: `[^n]` right after the words it supports. */
export const CITATION_MARKER = /\[\^(\d{1,3})\]/g

/** A piece of text: plain words, or the citation of source `n` (1-based). */
export type CitationPart = { text: string } | { source: number; marker: string }

/** A text split at its citation markers, in order (`splitCitations('a[^1] b')` → a, source 1, " b"). */
export function splitCitations(text: string): CitationPart[] {
  const parts: CitationPart[] = []
  let last = 0
  for (const match of text.matchAll(CITATION_MARKER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) })
    parts.push({ source: Number(match[1]), marker: match[0] })
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}

/** How often each source is cited in these texts (the text nodes of a body, in reading order). */
export function citationCounts(texts: Iterable<string>): Map<number, number> {
  const counts = new Map<number, number>()
  for (const text of texts)
    for (const match of text.matchAll(CITATION_MARKER)) {
      const n = Number(match[1])
      counts.set(n, (counts.get(n) ?? 0) + 1)
    }
  return counts
}

/** The cited numbers that name no source of `sourceCount` (sorted, each once). */
export function missingCitations(texts: Iterable<string>, sourceCount: number): number[] {
  return [...citationCounts(texts).keys()].filter((n) => n < 1 || n > sourceCount).sort((a, b) => a - b)
}
