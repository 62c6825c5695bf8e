/**
 * Every published change tells the web app, on SQLite too (where Payload's adapter has no transactions
 * and the notice follows the write at once; tests/pg/revalidate.pg.test.ts covers the wait for a commit).
 */
import type { Payload } from 'payload'

import { payloadForTests } from './payload'

let payload: Payload
const realFetch = globalThis.fetch
let notices: string[][] = []

beforeAll(async () => {
  payload = await payloadForTests()
  // Stands in for the web app's POST /api/revalidate and records the tags of each notice.
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
    if (!url.endsWith('/api/revalidate')) return realFetch(input, init)
    const { tags } = JSON.parse(String(init?.body)) as { tags: string[] }
    notices.push(tags)
    return new Response(JSON.stringify({ revalidated: tags, now: Date.now() }), { status: 200 })
  }) as typeof fetch
})

afterAll(() => {
  globalThis.fetch = realFetch
})

beforeEach(() => {
  notices = []
})

describe('revalidation notices on SQLite', () => {
  it('are sent for a topic the menu links to, naming the topic, its listings and the menu', async () => {
    const { docs } = await payload.find({
      collection: 'topics',
      where: { path: { equals: 'mental-health/anxiety' } },
      depth: 0,
      limit: 1,
    })
    const topic = docs[0]!
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { description: `Notice ${Date.now()}` },
    })
    expect(notices).toHaveLength(1)
    expect(notices[0]).toEqual(
      expect.arrayContaining(['topics', 'topics:mental-health/anxiety', 'navigation']),
    )
  })

  it('leave the menu and footer out for a document neither links to', async () => {
    const { docs } = await payload.find({ collection: 'people', depth: 0, limit: 1 })
    const person = docs[0]!
    await payload.update({ collection: 'people', id: person.id, data: { bio: person.bio } })
    expect(notices).toHaveLength(1)
    expect(notices[0]).toEqual(expect.arrayContaining(['people', `people:${person.slug}`]))
    expect(notices[0]).not.toContain('navigation')
    expect(notices[0]).not.toContain('site-settings')
  })

  it('are sent for a global', async () => {
    const crisis = await payload.findGlobal({ slug: 'crisis-resources', depth: 0 })
    await payload.updateGlobal({ slug: 'crisis-resources', data: { heading: crisis.heading } })
    expect(notices).toEqual([['crisis-resources']])
  })
})
