/**
 * Cited sources on articles: each field's rule (https URL, DOI and PMID syntax, year), the body's
 * `[^n]` citations naming existing sources on every save (drafts too), readers reading the sources of
 * published articles over REST, and a changed source sending an approved article back to review.
 * Every article made here has "Sources test" in its title and is removed afterwards.
 */
import { block, paragraph, root, text } from '@haven/schemas/lexical-builder'
import type { Payload, TypedUser } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { simpleText } from '../../src/seed/lexical'
import { rest, signIn } from './api'
import { payloadForTests } from './payload'
import { refusal } from './refusal'

const MARK = 'Sources test'
let payload: Payload
const users = {} as Record<'writer' | 'reviewer' | 'editor', TypedUser>
let editorToken: string
const seeded = { writer: 0, reviewer: 0, topic: 0, hero: 0 }
let counter = 0

const nimh = {
  title: 'Depression',
  publisher: 'National Institute of Mental Health',
  url: 'https://www.nimh.nih.gov/health/topics/depression',
}
const lifeline = {
  title: '988 Suicide & Crisis Lifeline',
  publisher: 'Vibrant Emotional Health',
  url: 'https://988lifeline.org/',
}

beforeAll(async () => {
  payload = await payloadForTests()
  for (const role of ['writer', 'reviewer', 'editor'] as const) {
    const { user } = await payload.login({
      collection: 'users',
      data: { email: `${role}@haven.test`, password: DEMO_PASSWORD },
    })
    users[role] = { ...user, collection: 'users' } as TypedUser
  }
  editorToken = await signIn('users', 'editor@haven.test', DEMO_PASSWORD)
  const person = async (slug: string) =>
    (await payload.find({ collection: 'people', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id
  seeded.writer = await person('daniel-whitfield')
  seeded.reviewer = await person('tomas-lindqvist')
  seeded.topic = (
    await payload.find({ collection: 'topics', where: { slug: { equals: 'anxiety' } } })
  ).docs[0]!.id
  seeded.hero = (
    await payload.find({ collection: 'media', where: { purpose: { equals: 'general' } }, limit: 1 })
  ).docs[0]!.id
})

afterAll(async () => {
  await payload.delete({ collection: 'articles', where: { title: { contains: MARK } }, overrideAccess: true })
})

const body = (...paragraphs: string[]) => simpleText(paragraphs, { article: () => null }) as never

function articleData(extra: Record<string, unknown> = {}) {
  counter += 1
  return {
    title: `${MARK} ${counter}`,
    slug: `sources-test-${counter}-${Date.now()}`,
    summary: 'A throw-away article for the sources tests.',
    heroImage: seeded.hero,
    authors: [seeded.writer],
    reviewers: [seeded.reviewer],
    topics: [seeded.topic],
    body: body('Depression is common and treatable.[^1] Help is there at any hour.[^2]'),
    sources: [nimh, lifeline],
    ...extra,
  }
}

const as = (role: keyof typeof users) => ({ user: users[role], overrideAccess: false }) as const
const createDraft = (extra: Record<string, unknown> = {}, role: keyof typeof users = 'writer') =>
  payload.create({
    collection: 'articles',
    data: articleData(extra) as never,
    draft: true,
    depth: 0,
    ...as(role),
  })

describe('an article’s sources', () => {
  it('are stored in order with every field, and cited from the body', async () => {
    const paper = { ...nimh, year: 2021, doi: '10.1000/xyz123', pmid: '31415926' }
    const doc = await createDraft({ sources: [paper, lifeline] })
    expect(doc.sources?.map(({ id: _id, ...source }) => source)).toEqual([
      { ...paper },
      { ...lifeline, year: null, doi: null, pmid: null },
    ])
  })

  it.each([
    [
      { url: 'http://www.nimh.nih.gov/health/topics/depression' },
      'sources 1 › url: must start with https:// (got http://)',
    ],
    [{ url: 'nimh.nih.gov' }, 'sources 1 › url: "nimh.nih.gov" is not a valid URL'],
    [{ doi: 'https://doi.org/10.1000/xyz' }, 'sources 1 › doi: "https://doi.org/10.1000/xyz" is not a DOI'],
    [{ doi: '10.12/x' }, 'sources 1 › doi: "10.12/x" is not a DOI'],
    [{ pmid: 'PMID 123' }, 'sources 1 › pmid: "PMID 123" is not a PMID; it is 1 to 8 digits'],
    [{ pmid: '123456789' }, 'sources 1 › pmid: "123456789" is not a PMID'],
    [{ year: new Date().getUTCFullYear() + 1 }, 'sources 1 › year: cannot be in the future'],
    [{ year: 1700 }, 'sources 1 › year: must be 1800 or later (got 1700)'],
    [{ title: '' }, 'sources 1 › title: is required, in a draft too'],
    [{ url: '' }, 'sources 1 › url: is required, in a draft too'],
  ])('refuse a source with %j, on a draft, naming the field and the rule', async (bad, message) => {
    const before = (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
    const messages = await refusal(createDraft({ sources: [{ ...nimh, ...bad }, lifeline] }))
    expect(messages).toEqual([expect.stringContaining(message)])
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('are at most 50', async () => {
    const messages = await refusal(createDraft({ sources: Array.from({ length: 51 }, () => nimh) }))
    expect(messages).toEqual(['sources: an article cites at most 50 sources (got 51)'])
  })
})

describe('citations in the body', () => {
  it('must name an existing source, on a draft too', async () => {
    const messages = await refusal(
      createDraft({ body: body('Common.[^1] Treatable.[^3] Also.[^4]'), sources: [nimh, lifeline] }),
    )
    expect(messages).toEqual([
      'body: cites source [^3], but the article has 2 sources (numbered 1 to 2); add it under Sources or fix the number',
      'body: cites source [^4], but the article has 2 sources (numbered 1 to 2); add it under Sources or fix the number',
    ])
  })

  it('are checked inside blocks’ own text (a callout) and without any sources', async () => {
    const callout = block({
      blockType: 'callout',
      tone: 'seek-help',
      title: 'When to reach out',
      body: root(paragraph(text('Call or text 988.[^1]'))),
    })
    const messages = await refusal(createDraft({ body: root(callout), sources: [] }))
    expect(messages).toEqual([
      'body: cites source [^1], but the article has no sources; add it under Sources or remove the citation',
    ])
  })

  it('hold when an update removes a cited source', async () => {
    const doc = await createDraft()
    const messages = await refusal(
      payload.update({
        collection: 'articles',
        id: doc.id,
        data: { sources: [nimh] } as never,
        draft: true,
        ...as('writer'),
      }),
    )
    expect(messages).toEqual([
      expect.stringMatching(/^body: cites source \[\^2\], but the article has 1 source /),
    ])
  })
})

describe('over REST', () => {
  it('a bad DOI is a 400 naming the field, not a 500', async () => {
    const answer = await rest('POST', '/articles?draft=true', {
      token: editorToken,
      body: {
        ...articleData({ sources: [{ ...nimh, doi: 'doi:10.1000/x' }] }),
        body: body('No citation.'),
        _status: 'draft',
      },
    })
    expect(answer.status).toBe(400)
    const errors = (
      answer.json.errors as { data?: { errors?: { path: string; message: string }[] } }[]
    ).flatMap((error) => error.data?.errors ?? [])
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'sources.0.doi',
        message: expect.stringContaining('sources 1 › doi: "doi:10.1000/x" is not a DOI'),
      }),
    ])
  })

  it('readers read the sources of a published article', async () => {
    const answer = await rest('GET', '/articles?where[slug][equals]=emotional-intimacy&depth=0')
    expect(answer.status).toBe(200)
    const [flagship] = answer.json.docs as { sources: { url: string }[] }[]
    expect(flagship!.sources.map((source) => source.url)).toEqual([
      'https://www.nimh.nih.gov/health/topics/psychotherapies',
      'https://www.thehotline.org/',
      'https://988lifeline.org/',
    ])
  })
})

describe('a copy of an article', () => {
  it('gets rows of its own: the original’s row ids are not reused (no database error)', async () => {
    const original = await createDraft()
    const { id: _id, createdAt: _c, updatedAt: _u, slug: _s, ...rest } = original
    const copy = await createDraft({ ...rest, slug: undefined, title: `${MARK} copy ${Date.now()}` })
    const ids = (doc: typeof original) => doc.sources?.map((row) => row.id) ?? []
    expect(ids(copy)).toHaveLength(2)
    expect(ids(copy).filter((id) => ids(original).includes(id))).toEqual([])
    expect(copy.sources?.map((row) => row.url)).toEqual(original.sources?.map((row) => row.url))
  })
})

describe('the clinical review', () => {
  it('sends an approved article back to review when a source changes', async () => {
    let doc = await createDraft()
    const step = async (role: keyof typeof users, data: Record<string, unknown>) =>
      (doc = await payload.update({
        collection: 'articles',
        id: doc.id,
        data: data as never,
        draft: true,
        depth: 0,
        ...as(role),
      }))
    await step('writer', { workflowState: 'in_review' })
    await step('reviewer', { workflowState: 'approved' })
    expect(doc.workflowState).toBe('approved')
    // The same sources again (new row ids, nothing else changed) are not a change readers would see.
    await step('editor', { sources: doc.sources?.map(({ id: _id, ...source }) => source) })
    expect(doc.workflowState).toBe('approved')
    await step('editor', { sources: [nimh, { ...lifeline, url: 'https://988lifeline.org/chat/' }] })
    expect(doc.workflowState).toBe('in_review')
  })
})
