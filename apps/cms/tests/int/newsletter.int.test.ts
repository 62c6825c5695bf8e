import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { get, post } from './http'
import { payloadForTests } from './payload'

let payload: Payload
let address = 0
const newAddress = () => `reader${(address += 1)}-${process.pid}@example.org`

beforeAll(async () => {
  payload = await payloadForTests()
})

async function subscriberOf(email: string) {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0]
}

async function outboxFor(email: string) {
  const { docs } = await payload.find({
    collection: 'outbox',
    where: { to: { equals: email } },
    sort: 'createdAt',
    overrideAccess: true,
  })
  return docs
}

function linkIn(text: string | null | undefined, path: string): URL {
  const match = new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`).exec(text ?? '')
  if (!match) throw new Error(`no ${path} link in: ${text}`)
  return new URL(match[0])
}

describe('newsletter double opt-in', () => {
  it('subscribes → confirms → unsubscribes end to end, every link read from the outbox', async () => {
    const email = newAddress()
    const topic = (await payload.find({ collection: 'topics', limit: 1, overrideAccess: true })).docs[0]!

    const subscribed = await post('/subscribers/subscribe', { email, topics: [topic.id] })
    expect(subscribed.status).toBe(202)
    expect((await subscriberOf(email))?.status).toBe('pending')

    const [confirmation] = await outboxFor(email)
    expect(confirmation?.subject).toBe('Confirm your Haven newsletter subscription')
    const confirmLink = linkIn(confirmation?.text, '/newsletter/confirm')
    expect(confirmLink.origin).toBe('http://127.0.0.1:9') // WEB_URL of this run: the reader site
    const token = confirmLink.searchParams.get('token')!
    // Only the token's hash is stored.
    const stored = await subscriberOf(email)
    expect(stored?.confirmTokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(stored)).not.toContain(token)

    const confirmed = await post('/subscribers/confirm', { token })
    expect(confirmed).toMatchObject({ status: 200, json: { ok: true } })
    expect(await subscriberOf(email)).toMatchObject({ status: 'confirmed', confirmTokenHash: null })
    expect((await subscriberOf(email))?.topics).toEqual([topic.id])

    const again = await post('/subscribers/confirm', { token })
    expect(again.status).toBe(400)
    expect(again.json.message).toMatch(/expired or was already used/)

    const welcome = (await outboxFor(email))[1]
    expect(welcome?.subject).toBe('Welcome to the Haven newsletter')
    const unsubscribeLink = linkIn(welcome?.text, '/newsletter/unsubscribe')
    expect(welcome?.headers).toMatchObject({
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Unsubscribe': expect.stringContaining('/api/newsletter/unsubscribe?token='),
    })

    const left = await post('/subscribers/unsubscribe', { token: unsubscribeLink.searchParams.get('token') })
    expect(left).toMatchObject({ status: 200, json: { ok: true } })
    expect((await subscriberOf(email))?.status).toBe('unsubscribed')
  })

  it('refuses an expired confirmation link', async () => {
    const email = newAddress()
    await post('/subscribers/subscribe', { email })
    const token = linkIn((await outboxFor(email))[0]?.text, '/newsletter/confirm').searchParams.get('token')!
    const subscriber = (await subscriberOf(email))!
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })

    const response = await post('/subscribers/confirm', { token })
    expect(response.status).toBe(400)
    expect((await subscriberOf(email))?.status).toBe('pending')
  })

  it('refuses a forged unsubscribe token', async () => {
    const email = newAddress()
    await post('/subscribers/subscribe', { email })
    const subscriber = (await subscriberOf(email))!
    const forged = `${Buffer.from(String(subscriber.id)).toString('base64url')}.${'A'.repeat(43)}`

    const response = await post('/subscribers/unsubscribe', { token: forged })
    expect(response.status).toBe(400)
    expect(response.json.message).toMatch(/not valid/)
    expect((await subscriberOf(email))?.status).toBe('pending')
  })
})

describe('newsletter abuse', () => {
  it.each([
    ['a body that is not JSON', '{"email":', /send it as JSON/],
    ['a missing address', {}, /^email: is required/],
    ['a malformed address', { email: 'not-an-address' }, /^email: must be an email address/],
    ['an unexpected field', { email: 'x@example.org', admin: true }, /unexpected field\(s\): admin/],
    ['topics that are not a list', { email: 'x@example.org', topics: 'all' }, /^topics: must be a list/],
    [
      'an unknown topic',
      { email: 'x@example.org', topics: [999999] },
      /^topics: unknown topic id\(s\) 999999/,
    ],
  ])('refuses %s with a message naming the field, storing nothing', async (_, body, message) => {
    const before = await payload.count({ collection: 'subscribers', overrideAccess: true })
    const response = await post('/subscribers/subscribe', body)
    expect(response.status).toBe(400)
    expect(response.json.ok).toBe(false)
    expect(response.json.message).toMatch(message)
    expect(await payload.count({ collection: 'subscribers', overrideAccess: true })).toEqual(before)
  })

  it('refuses an oversized body with 413 before reading it', async () => {
    const response = await post('/subscribers/subscribe', {
      email: 'x@example.org',
      website: '',
      pad: 'x'.repeat(20_000),
    })
    expect(response.status).toBe(413)
    expect(response.json.message).toMatch(/too large/)
  })

  it('refuses an address longer than 254 characters', async () => {
    const response = await post('/subscribers/subscribe', { email: `${'a'.repeat(250)}@example.org` })
    expect(response.status).toBe(400)
    expect(response.json.message).toMatch(/^email: must be at most 254 characters/)
  })

  it('answers a confirmed address exactly as a new one, leaves it subscribed and only tells its inbox', async () => {
    const email = newAddress()
    const first = await post('/subscribers/subscribe', { email })
    const token = linkIn((await outboxFor(email))[0]?.text, '/newsletter/confirm').searchParams.get('token')!
    await post('/subscribers/confirm', { token })
    const mailBefore = (await outboxFor(email)).length

    const duplicate = await post('/subscribers/subscribe', { email: email.toUpperCase() })
    const fresh = await post('/subscribers/subscribe', { email: newAddress() })
    expect(duplicate.status).toBe(first.status)
    expect(duplicate.json).toEqual(first.json)
    expect(duplicate.json).toEqual(fresh.json)
    const after = await subscriberOf(email)
    expect(after?.status).toBe('confirmed')
    expect(after?.confirmTokenHash).toBeNull()
    // The same work as for a new address (an email), so the timing tells nothing either; the email
    // has no confirmation link, only the way out.
    const mail = await outboxFor(email)
    expect(mail.length).toBe(mailBefore + 1)
    expect(mail.at(-1)?.subject).toBe('You are already subscribed to the Haven newsletter')
    expect(mail.at(-1)?.text).not.toMatch(/newsletter\/confirm/)
    expect(linkIn(mail.at(-1)?.text, '/newsletter/unsubscribe').searchParams.get('token')).toBeTruthy()
    expect(
      await payload.count({
        collection: 'subscribers',
        where: { email: { equals: email } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 1 })
  })

  it('answers a filled honeypot as a success and stores and sends nothing', async () => {
    const email = newAddress()
    const response = await post('/subscribers/subscribe', { email, website: 'https://spam.example' })
    expect(response.status).toBe(202)
    expect(await subscriberOf(email)).toBeUndefined()
    expect(await outboxFor(email)).toEqual([])
  })

  it('limits rapid-fire attempts from one IP address with 429 and Retry-After', async () => {
    const ip = '203.0.113.50'
    const statuses: number[] = []
    for (let i = 0; i < 12; i += 1)
      statuses.push((await post('/subscribers/subscribe', { email: newAddress() }, { ip })).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202))
    expect(statuses.slice(10)).toEqual([429, 429])
    const limited = await post('/subscribers/subscribe', { email: newAddress() }, { ip })
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(limited.json.message).toMatch(/Too many attempts/)
  })

  it('limits attempts for one address even from many IP addresses', async () => {
    const email = newAddress()
    const statuses: number[] = []
    for (let i = 0; i < 5; i += 1) statuses.push((await post('/subscribers/subscribe', { email })).status)
    expect(statuses).toEqual([202, 202, 202, 429, 429])
    expect((await outboxFor(email)).length).toBe(3)
  })

  it('trusts a forwarded client address only with the shared secret', async () => {
    const statuses: number[] = []
    // Twelve requests claiming twelve addresses without the secret all count against the real one.
    for (let i = 0; i < 12; i += 1)
      statuses.push(
        (
          await post(
            '/subscribers/subscribe',
            { email: newAddress() },
            {
              ip: '203.0.113.77',
              headers: { 'X-Haven-Client-IP': `192.0.2.${i}`, 'X-Haven-Forward-Secret': 'wrong' },
            },
          )
        ).status,
      )
    expect(statuses.filter((s) => s === 429).length).toBe(2)
  })
})

describe('who sees subscribers', () => {
  async function tokenOf(email: string) {
    const { token } = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
    return token!
  }

  it('shows editors the counts only, and nobody anonymous', async () => {
    const editor = await tokenOf('editor@haven.test')
    const counts = await get('/subscribers/counts', { Authorization: `JWT ${editor}` })
    expect(counts.status).toBe(200)
    expect(counts.json).toEqual({
      pending: expect.any(Number),
      confirmed: expect.any(Number),
      unsubscribed: expect.any(Number),
    })
    expect((await get('/subscribers/counts')).status).toBe(403)
    expect((await get('/subscribers', { Authorization: `JWT ${editor}` })).status).toBe(403)
    expect((await get('/outbox', { Authorization: `JWT ${editor}` })).status).toBe(403)
    const admin = await tokenOf('admin@haven.test')
    expect((await get('/subscribers', { Authorization: `JWT ${admin}` })).status).toBe(200)
  })
})
