import { ValidationError, type Payload } from 'payload'

import type { Article } from '../../src/payload-types'
import { collections } from '../../src/slugs'
import { payloadForTests } from '../int/payload'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

const flagshipSlug = 'emotional-intimacy'

async function articleBySlug(slug: string): Promise<Article> {
  const { docs } = await payload.find({
    collection: collections.articles,
    where: { slug: { equals: slug } },
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`no seeded article ${slug}`)
  return docs[0]
}

/** What a rejected save reports: the error's class, its message and the fields it names. */
async function rejection(save: Promise<unknown>) {
  const error = await save.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  const { message, data } = error as ValidationError
  return { message, fields: data.errors.map((e) => e.path) }
}

describe('a slug already taken, on PostgreSQL', () => {
  it('is rejected on create with a validation error naming slug, and nothing is saved', async () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = await articleBySlug(flagshipSlug)
    const before = (await payload.count({ collection: collections.articles, overrideAccess: true })).totalDocs
    const result = await rejection(
      payload.create({
        collection: collections.articles,
        // A new draft: the slug rule holds for drafts too, and no approval is involved.
        data: {
          ...copy,
          title: 'A copy that must not be saved',
          slug: flagshipSlug,
          _status: 'draft',
          workflowState: 'draft',
        },
        overrideAccess: true,
        context: { disableRevalidate: true },
      }),
    )
    expect(result.fields).toEqual(['slug'])
    expect(result.message).toMatch(/slug/)
    const after = (await payload.count({ collection: collections.articles, overrideAccess: true })).totalDocs
    expect(after).toBe(before)
  })

  it('is refused by the unique index itself: a write below field validation still names slug', async () => {
    // The database adapter's own create skips Payload's field validation, so only the unique index on
    // articles.slug can refuse it; the adapter maps the Postgres constraint back to the field.
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = await articleBySlug(flagshipSlug)
    const before = (await payload.count({ collection: collections.articles, overrideAccess: true })).totalDocs
    const result = await rejection(
      payload.db.create({
        collection: collections.articles,
        data: { ...copy, title: 'A copy that must not be saved', slug: flagshipSlug },
      }),
    )
    expect(result.fields).toEqual(['slug'])
    expect(result.message).toMatch(/slug/)
    const after = (await payload.count({ collection: collections.articles, overrideAccess: true })).totalDocs
    expect(after).toBe(before)
  })

  it('is rejected when another article is renamed to it, which keeps its own slug', async () => {
    const other = (
      await payload.find({
        collection: collections.articles,
        where: { slug: { not_equals: flagshipSlug } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!
    const result = await rejection(
      payload.update({
        collection: collections.articles,
        id: other.id,
        data: { slug: flagshipSlug, _status: 'published' },
        overrideAccess: true,
        context: { disableRevalidate: true },
      }),
    )
    expect(result.fields).toEqual(['slug'])
    expect(result.message).toMatch(/slug/)
    expect((await articleBySlug(other.slug)).id).toBe(other.id)
  })
})
