/**
 * The search index holds what readers can read and nothing else: a published article's title,
 * summary and body text; not a draft, not a draft saved over a published article, not an
 * unpublished or deleted one.
 */
import type { Payload } from 'payload'

import type { Article } from '../../src/payload-types'
import { get } from './http'
import { payloadForTests } from './payload'

let payload: Payload
let source: Article
const made: number[] = []
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  payload = await payloadForTests()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: 'how-to-help-a-friend-with-addiction' } },
    depth: 0,
    limit: 1,
  })
  source = docs[0]!
})

afterAll(async () => {
  for (const id of made)
    await payload.delete({ collection: 'articles', id, context: quiet }).catch(() => undefined)
})

async function entryFor(id: number) {
  const { docs } = await payload.find({
    collection: 'search',
    where: { 'doc.value': { equals: id } },
    depth: 0,
    limit: 2,
  })
  expect(docs.length).toBeLessThanOrEqual(1)
  return docs[0] ?? null
}

async function makeArticle(title: string, status: 'draft' | 'published'): Promise<Article> {
  const { id: _id, createdAt: _c, updatedAt: _u, slug: _s, references: _r, ...rest } = source
  const doc = await payload.create({
    collection: 'articles',
    // About the index, not the clinical review (workflow.int.test.ts): trusted server code publishes
    // with a recorded reason instead of an approval.
    data: {
      ...rest,
      title,
      slug: undefined,
      workflowState: undefined,
      approval: undefined,
      history: undefined,
      publishReason: 'Search index test fixture',
      _status: status,
    } as never,
    context: quiet,
  })
  made.push(doc.id)
  return doc
}

describe('the search index', () => {
  it('holds a published article’s title, summary, slug, date and body as plain text', async () => {
    const article = await makeArticle('Search test: a published copy', 'published')
    const entry = await entryFor(article.id)
    expect(entry).toMatchObject({
      title: 'Search test: a published copy',
      slug: article.slug,
      summary: source.summary,
      publishedAt: article.publishedAt,
    })
    expect(entry?.bodyText).toContain('naloxone')
    expect(entry?.bodyText).not.toContain('{')
  })

  it('never holds a draft', async () => {
    const article = await makeArticle('Search test: a draft', 'draft')
    expect(await entryFor(article.id)).toBeNull()
  })

  it('keeps the published text while a draft is edited over it, and takes the new text on publish', async () => {
    const article = await makeArticle('Search test: published then drafted', 'published')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Search test: unpublished draft title', _status: 'draft' },
      draft: true,
      context: quiet,
    })
    expect((await entryFor(article.id))?.title).toBe('Search test: published then drafted')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: {
        title: 'Search test: republished title',
        publishReason: 'Search index test fixture',
        _status: 'published',
      },
      context: quiet,
    })
    expect((await entryFor(article.id))?.title).toBe('Search test: republished title')
  })

  it('drops an article that is unpublished or deleted', async () => {
    const unpublished = await makeArticle('Search test: to unpublish', 'published')
    expect(await entryFor(unpublished.id)).not.toBeNull()
    await payload.update({
      collection: 'articles',
      id: unpublished.id,
      data: { _status: 'draft' },
      context: quiet,
    })
    expect(await entryFor(unpublished.id)).toBeNull()

    const deleted = await makeArticle('Search test: to delete', 'published')
    await payload.delete({ collection: 'articles', id: deleted.id, context: quiet })
    expect(await entryFor(deleted.id)).toBeNull()
  })

  it('cannot be written by anyone but the plugin, and an anonymous reader sees only published text', async () => {
    await expect(
      payload.create({
        collection: 'search',
        data: { title: 'forged', doc: { relationTo: 'articles', value: source.id } },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    // A page of 100, the most an anonymous request may ask for (lib/read-bounds.ts); the seed has fewer.
    const { docs } = await payload.find({ collection: 'search', overrideAccess: false, limit: 100, depth: 0 })
    const published = await payload.count({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
    })
    expect(docs.length).toBe(published.totalDocs)
  })
})

describe('"did you mean" (GET /api/search-suggestion)', () => {
  const suggest = async (q: string) => get(`/search-suggestion?q=${encodeURIComponent(q)}`)

  it('corrects a misspelt word to one that published articles use', async () => {
    expect(await suggest('anxeity')).toEqual({ status: 200, json: { q: 'anxeity', suggestion: 'anxiety' } })
    expect((await suggest('grounding tecniques')).json.suggestion).toBe('grounding techniques')
    expect((await suggest('depresion')).json.suggestion).toBe('depression')
  })

  it('suggests nothing for known words, an empty query or gibberish', async () => {
    for (const q of ['anxiety', '', 'qqqqzzzz']) expect((await suggest(q)).json.suggestion).toBeNull()
  })

  it('learns the words of a newly published article and forgets those of a deleted one', async () => {
    expect((await suggest('quokkaphile')).json.suggestion).toBeNull()
    const article = await makeArticle('Search test: notes of a quokkaphile', 'published')
    expect((await suggest('quokaphile')).json.suggestion).toBe('quokkaphile')
    await payload.delete({ collection: 'articles', id: article.id, context: quiet })
    expect((await suggest('quokaphile')).json.suggestion).toBeNull()
  })

  it('never learns the words of a draft', async () => {
    await makeArticle('Search test: a draft about wombatology', 'draft')
    expect((await suggest('wombatolgy')).json.suggestion).toBeNull()
  })

  it('refuses a query over 100 characters with a 400 naming q and the rule', async () => {
    expect(await suggest('a'.repeat(101))).toEqual({
      status: 400,
      json: { errors: [{ message: 'q: a search can be at most 100 characters long' }] },
    })
  })
})
