/**
 * A retired or wrong crisis number never reaches readers, whatever the save: article text naming
 * 800-273-8255 or "call 811" (or a tel: link dialling one) is refused on create and update, as a draft and when publishing, through
 * the Local API (real users, `overrideAccess: false`) and through Payload's REST handlers with their
 * tokens; the crisis-resources global refuses such a number in a draft as well as on publish. Each
 * refusal names the field and the rule, and nothing stored changes. Articles made here have "Crisis
 * test" in their title and are removed afterwards.
 */
import config from '@payload-config'
import { handleEndpoints, type Payload, type TypedUser } from 'payload'

import type { CrisisResource } from '../../src/payload-types'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { simpleText } from '../../src/seed/lexical'
import { payloadForTests } from './payload'
import { refusal } from './refusal'

const MARK = 'Crisis test'
type Role = 'writer' | 'editor' | 'admin'
type Doc = Record<string, unknown> & { id: number }

let payload: Payload
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const seeded = { writerPerson: 0, reviewerPerson: 0, topic: 0, heroImage: 0 }
let counter = 0

beforeAll(async () => {
  payload = await payloadForTests()
  for (const role of ['writer', 'editor', 'admin'] as const) {
    const result = await payload.login({
      collection: 'users',
      data: { email: `${role}@haven.test`, password: DEMO_PASSWORD },
    })
    users[role] = { ...result.user, collection: 'users' } as TypedUser
    tokens[role] = result.token!
  }
  const person = async (slug: string) =>
    (await payload.find({ collection: 'people', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id
  seeded.writerPerson = await person('daniel-whitfield') // the writer account's person
  seeded.reviewerPerson = await person('tomas-lindqvist')
  seeded.topic = (
    await payload.find({ collection: 'topics', where: { slug: { equals: 'anxiety' } } })
  ).docs[0]!.id
  seeded.heroImage = (
    await payload.find({ collection: 'media', where: { purpose: { equals: 'general' } }, limit: 1 })
  ).docs[0]!.id
})

afterAll(async () => {
  await payload.delete({ collection: 'articles', where: { title: { contains: MARK } }, overrideAccess: true })
})

const SAFE = 'Slow breathing can ease the body’s alarm.'
const body = (text: string) => simpleText([text], { article: () => null }) as never

function articleData(text: string, extra: Record<string, unknown> = {}) {
  counter += 1
  return {
    title: `${MARK} ${counter}`,
    slug: `crisis-test-${counter}-${Date.now()}`,
    summary: 'A throw-away article for the crisis-number rule.',
    heroImage: seeded.heroImage,
    authors: [seeded.writerPerson],
    reviewers: [seeded.reviewerPerson],
    topics: [seeded.topic],
    body: body(text),
    ...extra,
  }
}

/** What the numbers are refused with: the field, then the rule and its reason. */
const numbers = [
  [
    '800-273-8255',
    'If the night feels too long, call 1-800-273-8255 and talk to someone.',
    /^body: 800-273-8255 was superseded by 988; crisis numbers come from Crisis resources, not the text$/,
  ],
  [
    'call 811',
    'If the night feels too long, call 811 and talk to someone.',
    /^body: "call 811": 811 is the US "call before you dig" utility line, not a crisis line$/,
  ],
  [
    'a tel: link to 1-800-273-8255',
    'If the night feels too long, [talk to someone](tel:+18002738255).',
    /^body: the link "talk to someone" dials tel:\+18002738255: 800-273-8255 was superseded by 988; crisis numbers come from Crisis resources$/,
  ],
  [
    'a tel: link to 811',
    'If the night feels too long, [call this line](tel:811).',
    /^body: the link "call this line" dials tel:811: 811 is the US "call before you dig" utility line, not a crisis line; crisis numbers come from Crisis resources$/,
  ],
] as const

/** Publishing without the clinical round: an admin's override with a reason (workflow.int.test.ts covers approval). */
const override = { _status: 'published', publishReason: 'Crisis-number rule test fixture' }

/** A save, through the Local API or REST, as `role`; REST refusals come back as their messages. */
type Channel = {
  create: (role: Role, data: Record<string, unknown>, draft: boolean) => Promise<unknown>
  update: (role: Role, id: number, data: Record<string, unknown>, draft: boolean) => Promise<unknown>
  messages: (save: Promise<unknown>) => Promise<string[]>
}

const local: Channel = {
  create: (role, data, draft) =>
    payload.create({
      collection: 'articles',
      data: data as never,
      draft,
      depth: 0,
      user: users[role],
      overrideAccess: false,
    }),
  update: (role, id, data, draft) =>
    payload.update({
      collection: 'articles',
      id,
      data: data as never,
      draft,
      depth: 0,
      user: users[role],
      overrideAccess: false,
    }),
  messages: refusal,
}

async function restCall(role: Role, method: string, path: string, json: unknown) {
  const request = new Request(`http://localhost:3001/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[role]}` },
    body: JSON.stringify(json),
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const rest: Channel = {
  create: (role, data, draft) =>
    restCall(role, 'POST', `/articles?depth=0${draft ? '&draft=true' : ''}`, data),
  update: (role, id, data, draft) =>
    restCall(role, 'PATCH', `/articles/${id}?depth=0${draft ? '&draft=true' : ''}`, data),
  // A refusal is a 400 whose errors name the field and the rule; anything else is not this rule's refusal.
  messages: async (save) => {
    const { status, json } = (await save) as Awaited<ReturnType<typeof restCall>>
    expect(status).toBe(400)
    const errors = json.errors as { message: string; data?: { errors?: { message: string }[] } }[]
    return errors.flatMap((e) => e.data?.errors?.map((inner) => inner.message) ?? [e.message])
  },
}

const latest = (id: number) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
const live = (id: number) => payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })
const countBySlug = async (slug: string) =>
  (
    await payload.count({
      collection: 'articles',
      where: { slug: { equals: slug } },
      draft: true,
      overrideAccess: true,
    } as never)
  ).totalDocs

/** An article saved with safe text: a writer's draft, or published by the admin's override. */
async function stored(published: boolean): Promise<Doc> {
  const doc = (await local.create('writer', articleData(SAFE), true)) as Doc
  if (!published) return doc
  return (await local.update('admin', doc.id, override, false)) as Doc
}

describe.each([
  ['the Local API', local],
  ['REST', rest],
] as const)('article text naming a retired crisis number, through %s', (_, channel) => {
  describe.each(numbers)('%s', (_number, text, message) => {
    it('is refused when a writer creates a draft, and nothing is stored', async () => {
      const data = articleData(text)
      expect(await channel.messages(channel.create('writer', data, true))).toEqual([
        expect.stringMatching(message),
      ])
      expect(await countBySlug(data.slug)).toBe(0)
    })

    it('is refused when an admin creates it published, and nothing is stored', async () => {
      const data = articleData(text, override)
      expect(await channel.messages(channel.create('admin', data, false))).toEqual([
        expect.stringMatching(message),
      ])
      expect(await countBySlug(data.slug)).toBe(0)
    })

    it('is refused when a writer updates their draft, and the stored draft keeps its text', async () => {
      const doc = await stored(false)
      expect(await channel.messages(channel.update('writer', doc.id, { body: body(text) }, true))).toEqual([
        expect.stringMatching(message),
      ])
      expect((await latest(doc.id)).body).toEqual(doc.body)
    })

    it('is refused in a pending revision of a published article, and neither version changes', async () => {
      const doc = await stored(true)
      expect(await channel.messages(channel.update('writer', doc.id, { body: body(text) }, true))).toEqual([
        expect.stringMatching(message),
      ])
      expect((await latest(doc.id)).body).toEqual(doc.body)
      expect((await live(doc.id)).body).toEqual(doc.body)
    })

    it('is refused when an admin publishes it over a published article, which stays as it was', async () => {
      const doc = await stored(true)
      expect(
        await channel.messages(channel.update('admin', doc.id, { ...override, body: body(text) }, false)),
      ).toEqual([expect.stringMatching(message)])
      const after = await live(doc.id)
      expect(after.body).toEqual(doc.body)
      expect(after._status).toBe('published')
      expect(after.history).toHaveLength(1)
    })
  })

  it('accepts the same saves with 988 in the text (the rule refuses the number, not the sentence)', async () => {
    const doc = (await (channel === local
      ? local.create('writer', articleData('If the night feels too long, call 988.'), true)
      : rest
          .create('writer', articleData('If the night feels too long, call 988.'), true)
          .then((r) => (r as { json: { doc: Doc } }).json.doc))) as Doc
    expect(doc.id).toEqual(expect.any(Number))
  })
})

describe('the crisis-resources global', () => {
  let original: CrisisResource

  beforeAll(async () => {
    original = await payload.findGlobal({ slug: 'crisis-resources', depth: 0, draft: true })
  })

  afterEach(async () => {
    const now = await payload.findGlobal({ slug: 'crisis-resources', depth: 0, draft: true })
    if (now.updatedAt !== original.updatedAt)
      await payload.updateGlobal({ slug: 'crisis-resources', data: { ...original, _status: 'published' } })
  })

  /** The US region with one more line whose number is `number`. */
  function withUsLine(number: string): CrisisResource['regions'] {
    const regions = structuredClone(original.regions)
    const us = regions.findIndex((r) => r.region === 'US')
    regions[us]!.lines.push({ label: `${MARK} line`, number, channels: { call: true } })
    return regions
  }
  const usRow = () => original.regions.findIndex((r) => r.region === 'US') + 1
  const usLines = () => original.regions.find((r) => r.region === 'US')!.lines.length + 1

  async function unchanged() {
    expect(await payload.findGlobal({ slug: 'crisis-resources', depth: 0, draft: true })).toEqual(original)
    expect((await payload.findGlobal({ slug: 'crisis-resources', depth: 0 })).regions).toEqual(
      original.regions,
    )
  }

  it.each([
    ['811', /811 is the US "call before you dig" utility line, not a crisis line/],
    ['1-800-273-8255', /800-273-8255 was superseded by 988/],
  ])('refuses %s in an editor’s draft through the Local API, naming the line', async (number, reason) => {
    const messages = await refusal(
      payload.updateGlobal({
        slug: 'crisis-resources',
        data: { regions: withUsLine(number) },
        draft: true,
        user: users.editor,
        overrideAccess: false,
      }),
    )
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(`^regions ${usRow()} › lines ${usLines()} › number: ${reason.source}`),
      ),
    ])
    await unchanged()
  })

  it.each([
    ['811', true],
    ['1-800-273-8255', true],
    ['811', false],
  ])('refuses %s over REST (draft: %s), naming the line and the rule', async (number, draft) => {
    const { status, json } = await restCall(
      'editor',
      'POST',
      `/globals/crisis-resources?depth=0${draft ? '&draft=true' : ''}`,
      { regions: withUsLine(number), ...(draft ? {} : { _status: 'published' }) },
    )
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(
      new RegExp(
        `regions ${usRow()} › lines ${usLines()} › number: (811 is the US|800-273-8255 was superseded)`,
      ),
    )
    await unchanged()
  })

  it('still saves a draft whose new line has no number yet (drafts may be incomplete)', async () => {
    const saved = await payload.updateGlobal({
      slug: 'crisis-resources',
      data: { regions: withUsLine('') },
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    expect(saved.regions.find((r) => r.region === 'US')!.lines.at(-1)!.label).toBe(`${MARK} line`)
  })
})
