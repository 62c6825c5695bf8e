/**
 * Field ownership holds on create as on update (issue 11, finding 7): a writer starting an article
 * cannot set `featured` or the clinical reviewer's `reviewNote`, over the Local API (with the user and
 * `overrideAccess: false`) and over REST; an editor can.
 */
import type { Payload, TypedUser } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { simpleText } from '../../src/seed/lexical'
import { rest, signIn } from './api'
import { payloadForTests } from './payload'
import { refusal } from './refusal'

const MARK = 'Field ownership test'
let payload: Payload
let writer: TypedUser
let editor: TypedUser
let writerToken: string
let base: Record<string, unknown>
let counter = 0

beforeAll(async () => {
  payload = await payloadForTests()
  const user = async (email: string) =>
    ({
      ...(await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!,
      collection: 'users',
    }) as TypedUser
  writer = await user('writer@haven.test')
  editor = await user('editor@haven.test')
  writerToken = await signIn('users', 'writer@haven.test', DEMO_PASSWORD)
  const id = async (collection: 'people' | 'topics', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id
  base = {
    summary: 'A throw-away article for the field ownership tests.',
    heroImage: (await payload.find({ collection: 'media', limit: 1 })).docs[0]!.id,
    authors: [await id('people', 'daniel-whitfield')],
    topics: [await id('topics', 'anxiety')],
    body: simpleText(['Breathing slowly can ease the body’s alarm.'], { article: () => null }),
  }
})

afterAll(async () => {
  await payload.delete({ collection: 'articles', where: { title: { contains: MARK } }, overrideAccess: true })
})

function article(extra: Record<string, unknown>) {
  counter += 1
  return { ...base, title: `${MARK} ${counter}`, slug: `field-ownership-${counter}-${Date.now()}`, ...extra }
}

describe('a writer creating an article', () => {
  it.each([
    ['featured', { featured: true }, /^featured: only editors choose the featured articles/],
    [
      'reviewNote',
      { reviewNote: 'Approved by me, honestly.' },
      /^reviewNote: the review note is the clinical reviewer’s/,
    ],
  ])('cannot set %s (Local API)', async (_field, extra, message) => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    expect(
      await refusal(
        payload.create({
          collection: 'articles',
          data: article(extra) as never,
          draft: true,
          user: writer,
          overrideAccess: false,
        }),
      ),
    ).toEqual([expect.stringMatching(message)])
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('cannot set featured or a review note over REST, and is told which field', async () => {
    for (const [field, extra] of [
      ['featured', { featured: true }],
      ['reviewNote', { reviewNote: 'Looks fine to me.' }],
    ] as const) {
      const answer = await rest('POST', '/articles?draft=true', { token: writerToken, body: article(extra) })
      expect(answer.status).toBe(400)
      expect(JSON.stringify(answer.json)).toContain(`${field}: `)
    }
  })

  it('still creates an article of their own with the fields that are theirs', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: article({ meta: { title: 'Their search title' }, internalNotes: 'First draft.' }) as never,
      draft: true,
      user: writer,
      overrideAccess: false,
    })
    expect(doc).toMatchObject({ featured: false, internalNotes: 'First draft.' })
    expect(doc.reviewNote ?? null).toBeNull()
  })

  it('leaves featuring to editors, on create too', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: article({ featured: true }) as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(doc.featured).toBe(true)
  })
})
