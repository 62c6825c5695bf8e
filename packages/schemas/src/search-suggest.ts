import { z } from 'zod'

/**
 * "Did you mean": a search with no result is retried with each unknown word replaced by the closest
 * word that published articles use. Written here rather than taken from a fuzzy-search library
 * because the vocabulary must be the search index's own words (so a suggestion can match an
 * article) and the rule must be the same on the CMS, which answers, and in tests; the whole of it is
 * an edit distance and a frequency tie-break.
 */

/** Words shorter than this are never corrected (too many near neighbours: "adhd" vs "add"). */
export const SUGGEST_MIN_WORD_LENGTH = 4

/** Lower-cased words of a text, letters and digits only (apostrophes kept inside words). */
export function vocabularyWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []
}

/** Adds every word of `text` (when it is text) to `vocabulary` with how often it occurs. */
export function addToVocabulary(vocabulary: Map<string, number>, text: unknown): void {
  if (typeof text !== 'string' || !text) return
  for (const word of vocabularyWords(text)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1)
}

/** How many edits a word of this length may be away from its correction. */
export const allowedEdits = (length: number): number => (length <= 5 ? 1 : 2)

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1: "anxeity" is one edit from "anxiety"), or `max + 1` as soon as
 * it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0)
    current[0] = i
    let rowMin = current[0]
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

type Candidate = { word: string; distance: number; sameStart: boolean; count: number }

/** Fewer edits first; then a word with the same first letter (typos rarely start a word); then the more frequent. */
const better = (a: Candidate, b: Candidate): boolean =>
  a.distance !== b.distance
    ? a.distance < b.distance
    : a.sameStart !== b.sameStart
      ? a.sameStart
      : a.count !== b.count
        ? a.count > b.count
        : a.word < b.word

/** The closest known word to `word` within its allowed edits, or null. */
export function closestWord(word: string, vocabulary: ReadonlyMap<string, number>): string | null {
  const max = allowedEdits(word.length)
  let best: Candidate | null = null
  for (const [candidate, count] of vocabulary) {
    if (candidate.length < SUGGEST_MIN_WORD_LENGTH - 1) continue
    const distance = editDistance(word, candidate, max)
    if (distance > max) continue
    const next = { word: candidate, distance, sameStart: candidate[0] === word[0], count }
    if (!best || better(next, best)) best = next
  }
  return best?.word ?? null
}

/**
 * The query with each word that no article uses replaced by its closest known word; null when no
 * word could be corrected (every word is known, too short, or has no close neighbour).
 */
export function suggestQuery(q: string, vocabulary: ReadonlyMap<string, number>): string | null {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean)
  let changed = false
  const corrected = words.map((word) => {
    if (vocabulary.has(word) || word.length < SUGGEST_MIN_WORD_LENGTH || !/^[\p{L}'’]+$/u.test(word))
      return word
    const closest = closestWord(word, vocabulary)
    if (!closest) return word
    changed = true
    return closest
  })
  return changed ? corrected.join(' ') : null
}

/** `GET /api/search-suggestion?q=` on the CMS. */
export const searchSuggestionSchema = z.object({
  q: z.string(),
  /** The corrected query, or null when there is nothing to suggest. */
  suggestion: z.string().nullable(),
})
export type SearchSuggestion = z.infer<typeof searchSuggestionSchema>
