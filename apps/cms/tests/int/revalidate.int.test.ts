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
    const { docs } = await payload.find({
      collection: 'people',
      // A published person (other files of the run add drafts, which send no notice).
      where: { _status: { equals: 'published' } },
      sort: 'createdAt',
      depth: 0,
      limit: 1,
    })
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

describe('timed refreshes of the footer’s trust badges', () => {
  const pending = () =>
    payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'refreshWeb' } }, { completedAt: { exists: false } }] },
      sort: 'waitUntil',
      depth: 0,
      overrideAccess: true,
    })

  it('queues a refresh for when a badge ends, replaces it on the next save, and sends it when due', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const original = settings.trustBadges ?? []
    const ends = new Date(Date.now() + 1500)
    const starts = new Date(Date.now() + 60 * 86_400_000)
    try {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: {
          trustBadges: [
            ...original.map(({ id: _id, ...badge }) => badge),
            { name: 'Ends in a moment', validUntil: ends.toISOString() },
            { name: 'Starts later', validFrom: starts.toISOString(), validUntil: '2099-01-01T00:00:00.000Z' },
          ],
        },
      })
      const queued = (await pending()).docs.map((job) => job.waitUntil)
      expect(queued).toContain(new Date(ends.getTime() + 1).toISOString())
      expect(queued).toContain(starts.toISOString())
      // A second save replaces the queued refreshes rather than adding to them.
      await payload.updateGlobal({ slug: 'site-settings', data: { tagline: settings.tagline } })
      expect((await pending()).docs.map((job) => job.waitUntil)).toEqual(queued)

      await new Promise((resolve) => setTimeout(resolve, ends.getTime() + 50 - Date.now()))
      notices = []
      await payload.jobs.run({ limit: 20 })
      expect(notices).toEqual([['site-settings']])
      expect((await pending()).docs.map((job) => job.waitUntil)).not.toContain(
        new Date(ends.getTime() + 1).toISOString(),
      )
    } finally {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { trustBadges: original.map(({ id: _id, ...badge }) => badge) },
      })
    }
  })
})
