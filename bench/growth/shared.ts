/**
 * What the cost-growth generator's two tools share: the Local API generator (`local-api.ts`) writes
 * the first articles of each step, the SQL cloner (`clone.ts`) copies them, and both name every
 * article the same way, so a copy is indistinguishable from an article made through the API.
 */

/** The topic every generated article belongs to (a root topic, so its path is its slug). */
export const SHARED_TOPIC = 'bench-generated'

/** A document id: the generator works on SQLite (the cloner copies rows with SQL), whose ids are numbers. */
export type Id = number

/** What one `add` step did, printed as JSON by `generate.ts` and read by `bench/growth.ts`. */
export type Added = {
  articles: number
  people: number
  topics: number
  partners: number
  seconds: number
  peopleTopicsSeconds: number
  viaApi: number
  apiSeconds: number
  cloned: number
  cloneSeconds: number
}

const words =
  'trust sleep anxiety partner support therapy routine boundaries feelings conversation listening repair stress breathing habit change family friends work grief hope calm focus energy'.split(
    ' ',
  )

/** A deterministic sentence of `length` words, different for each seed. */
export const sentence = (seed: number, length = 18): string => {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length]!)
  const text = out.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

/** Articles are filed into groups of this many, each with its own writer, reviewer, topic and partner. */
export const GROUP_SIZE = 250

const day = 86_400_000
const base = Date.parse('2024-01-01T09:00:00.000Z')

/** The title, slug and publication date of the `n`th generated article (0-based) of `batch`. */
export function generatedArticle(
  n: number,
  batch: string,
): { title: string; slug: string; published: string } {
  return {
    title: `${sentence(n, 6).slice(0, -1)} (${batch} ${n + 1})`,
    slug: `bench-${batch}-article-${n + 1}`,
    published: new Date(base + (n % 600) * day).toISOString(),
  }
}
