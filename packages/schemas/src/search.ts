import { z } from 'zod'

import { selectOf } from './relation'

/** Longest search a reader may type; longer ones get a message instead of a query. */
export const SEARCH_MAX_LENGTH = 100
/** Results per page of `/search`. */
export const SEARCH_PAGE_SIZE = 10

/**
 * The query string of `/search`: `q` (the words; blank shows the empty state) and `page`. Characters
 * that are wildcards to SQL `LIKE` (`%`, `_`, `\`) are treated as spaces, and runs of spaces are one.
 */
export const searchParamsSchema = z.object({
  q: z
    .string()
    .max(SEARCH_MAX_LENGTH, `q: a search can be at most ${SEARCH_MAX_LENGTH} characters long`)
    .transform((value) =>
      value
        .replace(/[%_\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .describe('The words to search for'),
  page: z.coerce
    .number({ error: 'page: must be a whole number from 1' })
    .int('page: must be a whole number from 1')
    .min(1, 'page: must be a whole number from 1')
    .default(1),
})
export type SearchParams = z.infer<typeof searchParamsSchema>

/** One entry of the CMS's search index (a published article, as readers see it). */
export const searchEntrySchema = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  slug: z.string().min(1),
  summary: z.string().nullish(),
  publishedAt: z.string().nullish(),
  bodyText: z.string().nullish(),
})
export type SearchEntry = z.infer<typeof searchEntrySchema>

/** The `select` of a search request: exactly the entry's fields. */
export const searchEntrySelect = selectOf(searchEntrySchema)

/** The words of a query, lower-cased, for matching and highlighting. */
export function searchWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(' ').filter(Boolean))]
}

/**
 * A snippet of `text` around the first place any of `words` occurs, cut at word boundaries, with an
 * ellipsis on each side that was cut; `null` when none occurs.
 */
export function snippetAround(text: string, words: string[], radius = 90): string | null {
  const lower = text.toLowerCase()
  const hits = words.map((word) => lower.indexOf(word)).filter((index) => index >= 0)
  if (hits.length === 0) return null
  const at = Math.min(...hits)
  let start = Math.max(0, at - radius)
  let end = Math.min(text.length, at + radius)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space >= 0 && space < at ? space + 1 : start
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > at ? space : end
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`
}

/** Splits `text` into plain and matching parts, so a page can mark each match. */
export function highlightParts(text: string, words: string[]): { text: string; match: boolean }[] {
  const escaped = words.filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (escaped.length === 0) return [{ text, match: false }]
  const pattern = new RegExp(`(${escaped.sort((a, b) => b.length - a.length).join('|')})`, 'gi')
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: words.includes(part.toLowerCase()) }))
}
