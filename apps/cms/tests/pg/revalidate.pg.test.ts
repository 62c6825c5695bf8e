/**
 * The web app is told about a change only once it is committed: when the notice arrives, a read from
 * outside the saving transaction (as the web app's re-render is) already sees the new data. Sent from
 * inside the transaction, a reader arriving before the commit re-rendered and cached the old page.
 * On PostgreSQL, because Payload's SQLite adapter runs without transactions (each write is visible at
 * once, so there the notice simply follows the write).
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { afterCommit, pendingTransactions } from '../../src/lib/afterCommit'
import { payloadForTests } from '../int/payload'

let payload: Payload
let topic: { id: number; title: string; path: string }

beforeAll(async () => {
  payload = await payloadForTests()
  const { docs } = await payload.find({
    collection: 'topics',
    where: { path: { equals: 'mental-health/anxiety' } },
    depth: 0,
    limit: 1,
  })
  topic = docs[0] as typeof topic
})

/** What a reader's re-render would read: the committed title, from outside any transaction. */
async function committedTitle(): Promise<string> {
  const doc = await payload.findByID({ collection: 'topics', id: topic.id, depth: 0 })
  return doc.title
}

describe('afterCommit', () => {
  it('runs registered work after the commit, where a read from outside sees the change', async () => {
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    const seen: string[] = []
    await afterCommit(req, async () => void seen.push(await committedTitle()))
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { title: 'Anxiety (committed)' },
      req,
      context: { disableRevalidate: true },
    })
    expect(seen).toEqual([])
    await commitTransaction(req)
    expect(seen).toEqual(['Anxiety (committed)'])
    expect(pendingTransactions()).toBe(0)
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { title: topic.title },
      context: { disableRevalidate: true },
    })
  })

  it('drops the work of a transaction that is rolled back', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    let ran = false
    await afterCommit(req, async () => void (ran = true))
    await killTransaction(req)
    expect(ran).toBe(false)
    expect(pendingTransactions()).toBe(0)
  })

  it('runs at once when there is no transaction', async () => {
    const req = await createLocalReq({}, payload)
    let ran = false
    await afterCommit(req, async () => void (ran = true))
    expect(ran).toBe(true)
  })
})

describe('the revalidation notice of a save', () => {
  const realFetch = globalThis.fetch
  afterEach(() => {
    globalThis.fetch = realFetch
  })

  it('arrives after the commit: the web app re-reading at that moment gets the new data', async () => {
    const notices: { tags: string[]; titleThen: string }[] = []
    // Stands in for the web app's POST /api/revalidate: at the moment a notice arrives, read the topic
    // the way a re-render would (outside the saving transaction).
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      if (!url.endsWith('/api/revalidate')) return realFetch(input, init)
      const { tags } = JSON.parse(String(init?.body)) as { tags: string[] }
      notices.push({ tags, titleThen: await committedTitle() })
      return new Response(JSON.stringify({ revalidated: tags, now: Date.now() }), { status: 200 })
    }) as typeof fetch

    const renamed = `Anxiety ${Date.now()}`
    try {
      await payload.update({ collection: 'topics', id: topic.id, data: { title: renamed } })
      expect(notices).toHaveLength(1)
      expect(notices[0]!.tags).toEqual(
        expect.arrayContaining(['topics', `topics:${topic.path}`, 'navigation']),
      )
      expect(notices[0]!.titleThen).toBe(renamed)
    } finally {
      globalThis.fetch = realFetch
      await payload.update({
        collection: 'topics',
        id: topic.id,
        data: { title: topic.title },
        context: { disableRevalidate: true },
      })
    }
  })
})
