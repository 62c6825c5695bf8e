/**
 * The bounds of every API request (plugins/apiLimits.ts), over REST through Payload's own router and
 * through the Local API with access control on, for each kind of requester: anonymous, a directory
 * member, staff. GraphQL and the route-level body rules are tried over HTTP in
 * tests/e2e/cms-hardening.e2e.test.ts.
 */
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'

import { boundCollectionReads, boundGlobalReads } from '../../src/hooks/boundReads'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { payloadForTests } from './payload'

let payload: Payload
const tokens: Record<'member' | 'admin' | 'writer', string> = { member: '', admin: '', writer: '' }

beforeAll(async () => {
  payload = await payloadForTests()
  const login = async (collection: 'users' | 'directory-members', email: string) =>
    (await payload.login({ collection, data: { email, password: DEMO_PASSWORD } })).token!
  tokens.member = await login('directory-members', 'therapist@haven.test')
  tokens.admin = await login('users', 'admin@haven.test')
  tokens.writer = await login('users', 'writer@haven.test')
})

async function call(
  method: string,
  path: string,
  { token, body, type }: { token?: string; body?: string; type?: string } = {},
) {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (type) headers['Content-Type'] = type
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3001/api${path}`, { method, headers, body }),
  })
  const text = await response.text()
  return { status: response.status, text, json: JSON.parse(text) as Record<string, unknown> }
}

const firstMessage = (json: Record<string, unknown>) =>
  ((json.errors as { message: string }[] | undefined) ?? [])[0]?.message ?? ''

describe('every collection and global carries the bounds', () => {
  it('includes the plugins’ collections and Payload’s own', async () => {
    const slugs = Object.keys(payload.collections)
    expect(slugs).toEqual(
      expect.arrayContaining([
        'forms',
        'redirects',
        'search',
        'payload-locked-documents',
        'payload-preferences',
      ]),
    )
    for (const [slug, collection] of Object.entries(payload.collections))
      expect([slug, collection.config.hooks.beforeOperation[0]]).toEqual([slug, boundCollectionReads])
    for (const global of payload.config.globals)
      expect([global.slug, global.hooks.beforeOperation[0]]).toEqual([global.slug, boundGlobalReads])
  })
})

describe('anonymous and member reads', () => {
  const requesters = [
    ['anonymously', undefined],
    ['as a directory member', () => tokens.member],
  ] as const

  describe.each(requesters)('%s', (_, token) => {
    const get = (path: string) => call('GET', path, { token: token?.() })

    it('refuses limit=0&depth=10 with a 400 naming depth, before reading anything', async () => {
      const { status, json, text } = await get('/articles?limit=0&depth=10')
      expect(status).toBe(400)
      expect(firstMessage(json)).toBe(
        `depth must be a whole number from 0 to 2 for ${token ? 'directory members' : 'anonymous requests'} (got 10)`,
      )
      expect(text.length).toBeLessThan(1000)
    })

    it.each([
      ['/articles?limit=0', 'limit'],
      ['/articles?pagination=false', 'limit'],
      ['/articles?limit=101', 'limit'],
      ['/articles?depth=3', 'depth'],
      ['/people?depth=abc', 'depth'],
      ['/search?limit=0', 'limit'],
      ['/redirects?limit=500', 'limit'],
      ['/forms?depth=5', 'depth'],
      ['/globals/navigation?depth=3', 'depth'],
      ['/payload-locked-documents?limit=0', 'limit'],
    ])('%s answers 400 naming %s', async (path, field) => {
      const { status, json } = await get(path)
      expect(status).toBe(400)
      expect(firstMessage(json)).toMatch(new RegExp(`^${field} must be`))
    })

    it('answers what the web app asks for: depth 2, pages of 100', async () => {
      const { status, json } = await get('/articles?depth=2&limit=100')
      expect(status).toBe(200)
      expect((json.docs as unknown[]).length).toBeGreaterThan(0)
    })

    it('bounds a read of one document by its depth', async () => {
      const { docs } = await payload.find({
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        limit: 1,
        depth: 0,
      })
      const id = docs[0]!.id
      expect((await get(`/articles/${id}?depth=2`)).status).toBe(200)
      expect((await get(`/articles/${id}?depth=3`)).status).toBe(400)
    })
  })
})

describe('staff reads', () => {
  it('allow depth 3 and pages of 1,000, and no more', async () => {
    for (const who of ['admin', 'writer'] as const) {
      const token = tokens[who]
      expect((await call('GET', '/articles?depth=3&limit=1000', { token })).status).toBe(200)
      const deeper = await call('GET', '/articles?depth=4', { token })
      expect([who, deeper.status, firstMessage(deeper.json)]).toEqual([
        who,
        400,
        'depth must be a whole number from 0 to 3 for staff (got 4)',
      ])
      expect((await call('GET', '/articles?limit=1001', { token })).status).toBe(400)
      expect((await call('GET', '/articles?limit=0', { token })).status).toBe(400)
    }
  })
})

describe('the Local API', () => {
  it('lets staff code read every document of a query at once, as Payload’s admin dashboard does', async () => {
    const admin = (
      await payload.find({ collection: 'users', where: { email: { equals: 'admin@haven.test' } } })
    ).docs[0]!
    const user = { ...admin, collection: 'users' as const }
    const locks = await payload.find({
      collection: 'payload-locked-documents',
      pagination: false,
      overrideAccess: false,
      user,
    })
    expect(locks.docs).toEqual(expect.any(Array))
    await expect(
      payload.find({ collection: 'articles', depth: 4, overrideAccess: false, user }),
    ).rejects.toThrow(/^depth must be a whole number from 0 to 3 for staff/)
  })

  it('bounds calls made with access control on, and leaves the server’s own reads alone', async () => {
    await expect(
      payload.find({ collection: 'articles', limit: 0, depth: 0, overrideAccess: false }),
    ).rejects.toThrow(/^limit must be from 1 to 100 for anonymous requests/)
    const own = await payload.find({ collection: 'articles', limit: 0, depth: 0 })
    expect(own.docs.length).toBe(own.totalDocs)
  })
})

describe('populated documents', () => {
  it('populate as the web reads them: an article links to cards, not to other articles’ bodies', async () => {
    const { text, json } = await call(
      'GET',
      '/articles?where[slug][equals]=emotional-intimacy&depth=2&limit=1',
    )
    const article = (json.docs as Record<string, unknown>[])[0]!
    // 250 KB before the defaultPopulate shapes.
    expect(text.length).toBeLessThan(80_000)
    const populatedArticles: Record<string, unknown>[] = []
    JSON.stringify(article.body, (key, value: unknown) => {
      if (key === 'articles' && Array.isArray(value))
        populatedArticles.push(...value.filter((v): v is Record<string, unknown> => typeof v === 'object'))
      return value
    })
    expect(populatedArticles.length).toBeGreaterThan(0)
    for (const card of populatedArticles) {
      expect(card).not.toHaveProperty('body')
      expect(card).toEqual(expect.objectContaining({ title: expect.any(String), slug: expect.any(String) }))
    }
    const author = (article.authors as Record<string, unknown>[])[0]!
    expect(Object.keys(author).sort()).toEqual(
      [
        'bio',
        'credentials',
        'credentialsLabel',
        'headshot',
        'headshotAlt',
        'id',
        'isClinical',
        'name',
        'roles',
        'slug',
      ].sort(),
    )
    expect(author.headshot).toEqual(expect.objectContaining({ url: expect.stringMatching(/^http/) }))
    expect(author.headshot).not.toHaveProperty('filesize')
  })
})

describe('writes without a document', () => {
  it('answer 400 saying so, not 500', async () => {
    const token = tokens.admin
    const { docs } = await payload.find({ collection: 'topics', limit: 1, depth: 0 })
    for (const [method, path] of [
      ['POST', '/topics'],
      ['PATCH', `/topics/${docs[0]!.id}`],
      ['POST', '/globals/navigation'],
    ] as const) {
      const none = await call(method, path, { token })
      expect([method, path, none.status, firstMessage(none.json)]).toEqual([
        method,
        path,
        400,
        'The request has no document: send its fields as a JSON object (Content-Type: application/json)',
      ])
    }
    const text = await call('POST', '/topics', { token, body: '"a title"', type: 'application/json' })
    expect([text.status, firstMessage(text.json)]).toEqual([
      400,
      'The document must be a JSON object of fields',
    ])
  })
})

describe('reads Payload makes inside a save', () => {
  it('are the save’s own: an article whose text links to another publishes over REST', async () => {
    // Publishing validates each link's document with the link feature's filter, read with `limit: 0`.
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { not_equals: 'emotional-intimacy' }, _status: { equals: 'published' } },
      depth: 0,
      limit: 100,
    })
    const linking = docs.find((doc) => JSON.stringify(doc.body).includes('"linkType":"internal"'))
    expect(linking).toBeDefined()
    const saved = await call('PATCH', `/articles/${linking!.id}?depth=0`, {
      token: tokens.admin,
      type: 'application/json',
      body: JSON.stringify({
        body: linking!.body,
        _status: 'published',
        publishReason: 'api-limits test: publishing the same text again',
      }),
    })
    expect([saved.status, firstMessage(saved.json)]).toEqual([200, ''])
    // The client's own list reads keep their bounds.
    expect((await call('GET', '/articles?limit=0', { token: tokens.admin })).status).toBe(400)
  })
})
