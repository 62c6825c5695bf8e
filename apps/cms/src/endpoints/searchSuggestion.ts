import { addToVocabulary, searchParamsSchema, suggestQuery, type SearchSuggestion } from '@haven/schemas'
import type { Endpoint, Payload } from 'payload'

import { collections } from '../slugs'

/** Entries read per query while the vocabulary is built (bounded, like every read). */
const PAGE = 250

type Vocabulary = { key: string; words: Map<string, number> }
let cached: Vocabulary | null = null
let building: { key: string; promise: Promise<Vocabulary> } | null = null

/**
 * What the index holds now, in one small read: how many entries and when the newest changed. The
 * vocabulary is rebuilt only when this moves, so a run of "did you mean" requests between edits
 * costs one indexed query each.
 */
async function indexState(payload: Payload): Promise<string> {
  const newest = await payload.find({
    collection: collections.search,
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
  })
  return `${newest.totalDocs}:${newest.docs[0]?.updatedAt ?? ''}`
}

async function buildVocabulary(payload: Payload, key: string): Promise<Vocabulary> {
  const words = new Map<string, number>()
  for (let page = 1; ; page += 1) {
    const batch = await payload.find({
      collection: collections.search,
      limit: PAGE,
      page,
      depth: 0,
      sort: 'id',
      select: { title: true, summary: true, bodyText: true },
      overrideAccess: true,
    })
    for (const entry of batch.docs) {
      addToVocabulary(words, entry.title)
      addToVocabulary(words, entry.summary)
      addToVocabulary(words, entry.bodyText)
    }
    if (!batch.hasNextPage) break
  }
  return { key, words }
}

async function vocabulary(payload: Payload): Promise<Map<string, number>> {
  const key = await indexState(payload)
  if (cached?.key === key) return cached.words
  // Concurrent requests after an edit share one build.
  if (building?.key === key) return (await building.promise).words
  const promise = buildVocabulary(payload, key)
  building = { key, promise }
  try {
    const built = await promise
    cached = built
    return built.words
  } finally {
    if (building?.promise === promise) building = null
  }
}

/**
 * `GET /api/search-suggestion?q=`: the reader's query with each word that no published article uses
 * replaced by the closest one that some article does ("anxeity" → "anxiety"), or `suggestion: null`.
 * Open to anyone: the words come from the search index, which holds only what published articles
 * already show readers. The web app asks only when a search found nothing, and caches the answer
 * under the search tag.
 */
export const searchSuggestion: Endpoint = {
  path: '/search-suggestion',
  method: 'get',
  handler: async (req) => {
    const parsed = searchParamsSchema.shape.q.safeParse(req.searchParams.get('q') ?? '')
    if (!parsed.success)
      return Response.json(
        { errors: [{ message: parsed.error.issues[0]?.message ?? 'q: not a valid search' }] },
        { status: 400, headers: { 'Cache-Control': 'no-store' } },
      )
    const q = parsed.data
    const body: SearchSuggestion = {
      q,
      suggestion: q ? suggestQuery(q, await vocabulary(req.payload)) : null,
    }
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
  },
}
