/**
 * Issue 13: what the clinical review leaves behind for readers and what the admin's buttons do. The
 * public history, read anonymously over REST after each kind of change (only a clinical review is called
 * one, with the clinician who did it); "Revert to published" sent exactly as Payload's Status button
 * sends it, as each role; refusals whose message is the reason; and "Next review due" readable by
 * readers. Every save goes through Payload's REST router with a real token of the role, as the admin's
 * do. Every article made here has "Review history test" in its title and is removed afterwards.
 */
import { articleFieldsSchema } from '@haven/schemas'
import type { Payload } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { simpleText } from '../../src/seed/lexical'
import { rest, signIn, type ApiAnswer } from './api'
import { payloadForTests } from './payload'

const MARK = 'Review history test'
const staff = ['writer', 'reviewer', 'editor', 'admin'] as const
type Staff = (typeof staff)[number]
type Doc = Record<string, unknown> & { id: number }

let payload: Payload
const tokens = {} as Record<Staff, string>
const users = {} as Record<Staff, number>
let base: Record<string, unknown>
let counter = 0

beforeAll(async () => {
  payload = await payloadForTests()
  for (const role of staff) {
    tokens[role] = await signIn('users', `${role}@haven.test`, DEMO_PASSWORD)
    users[role] = (
      await payload.find({ collection: 'users', where: { email: { equals: `${role}@haven.test` } } })
    ).docs[0]!.id
  }
  const id = async (collection: 'people' | 'topics', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id
  base = {
    summary: 'A throw-away article for the review history tests.',
    heroImage: (await payload.find({ collection: 'media', where: { purpose: { equals: 'general' } } }))
      .docs[0]!.id,
    authors: [await id('people', 'daniel-whitfield')],
    reviewers: [await id('people', 'tomas-lindqvist')],
    topics: [await id('topics', 'anxiety')],
    body: body('Breathing slowly can ease the body’s alarm.'),
  }
})

afterAll(async () => {
  await payload.delete({ collection: 'articles', where: { title: { contains: MARK } }, overrideAccess: true })
})

function body(text: string) {
  return simpleText([text], { article: () => null })
}

/** A save as the admin's form makes it: PATCH with the token; "Save Draft" sends `_status: 'draft'`. */
async function save(role: Staff, id: number, fields: Record<string, unknown>, draft = true) {
  const data = draft ? { ...fields, _status: 'draft' } : fields
  const answer = await rest(
    'PATCH',
    `/articles/${id}?depth=0&fallback-locale=null${draft ? '&draft=true' : ''}`,
    {
      token: tokens[role],
      body: data,
    },
  )
  if (answer.status !== 200)
    throw new Error(
      `${role} could not save ${JSON.stringify(data)}: ${answer.status} ${JSON.stringify(answer.json)}`,
    )
  return (answer.json as { doc: Doc }).doc
}

/** The working version as the admin's form loads it (everything the form sends back on save). */
async function form(id: number): Promise<Record<string, unknown>> {
  const { json } = await rest('GET', `/articles/${id}?depth=0&draft=true`, { token: tokens.editor })
  return json
}

async function published(): Promise<Doc> {
  counter += 1
  const created = await rest('POST', '/articles?depth=0&draft=true', {
    token: tokens.writer,
    body: {
      ...base,
      title: `${MARK} ${counter}`,
      slug: `review-history-${counter}-${Date.now()}`,
      workflowState: 'in_review',
    },
  })
  expect(created.status).toBe(201)
  const { id } = (created.json as { doc: Doc }).doc
  await save('reviewer', id, { workflowState: 'approved' })
  return save('editor', id, { _status: 'published' }, false)
}

/** What an anonymous reader gets of the article's history and review dates. */
async function readerView(id: number) {
  const { status, json } = await rest('GET', `/articles/${id}?depth=1`)
  expect(status).toBe(200)
  const history = (json.history as Record<string, unknown>[]).map((entry) => ({
    change: entry.change,
    publishedByName: entry.publishedByName,
    reviewer: (entry.reviewedBy as { name?: string } | null)?.name ?? null,
    reviewedAt: entry.reviewedAt ?? null,
  }))
  return { history, json }
}

const latestApproval = async (id: number) => ((await form(id)).approval as { approvedAt: string }).approvedAt

async function schedulePublish(id: number) {
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: id },
      user: { relationTo: 'users', value: users.editor },
    },
    waitUntil: new Date(Date.now() - 1000),
  })
  await payload.jobs.run({ limit: 10 })
}

describe('the public history after each kind of change, read anonymously over REST', () => {
  it('names the clinician who approved the first publication', async () => {
    const doc = await published()
    const { history, json } = await readerView(doc.id)
    expect(history).toEqual([
      {
        change: 'published',
        publishedByName: 'Eli Editor',
        reviewer: 'Tomás Lindqvist',
        reviewedAt: json.lastReviewedAt,
      },
    ])
  })

  it.each([
    ['saved as a draft, then scheduled', 'schedule'],
    ['published at once', 'publish'],
  ] as const)(
    'records nothing when an editor changes only "Featured", %s, and moves no review date',
    async (_how, then) => {
      const doc = await published()
      const before = await readerView(doc.id)
      if (then === 'schedule') {
        await save('editor', doc.id, { ...(await form(doc.id)), featured: true })
        await schedulePublish(doc.id)
      } else {
        await save('editor', doc.id, { ...(await form(doc.id)), featured: true, _status: 'published' }, false)
      }
      const after = await readerView(doc.id)
      expect(after.json.featured).toBe(true)
      expect(after.history).toEqual(before.history)
      for (const date of ['lastReviewedAt', 'nextReviewDue', 'contentUpdatedAt'])
        expect(after.json[date]).toEqual(before.json[date])
      expect((await form(doc.id)).workflowState).toBe('published')
    },
  )

  it('records a body change approved by a reviewer as "updated", with that reviewer, when published or scheduled', async () => {
    for (const then of ['publish', 'schedule'] as const) {
      const doc = await published()
      await save('writer', doc.id, {
        ...(await form(doc.id)),
        body: body('Slow breathing can ease the alarm; it does not replace care from a clinician.'),
        workflowState: 'in_review',
      })
      // Until it is published again, readers see the old version and the old history.
      expect((await readerView(doc.id)).history.map((e) => e.change)).toEqual(['published'])
      await save('reviewer', doc.id, { workflowState: 'approved' })
      const approvedAt = await latestApproval(doc.id)
      if (then === 'publish') await save('editor', doc.id, { _status: 'published' }, false)
      else await schedulePublish(doc.id)
      const { history, json } = await readerView(doc.id)
      expect(history).toEqual([
        expect.objectContaining({ change: 'published' }),
        {
          change: 'updated',
          publishedByName: 'Eli Editor',
          reviewer: 'Tomás Lindqvist',
          reviewedAt: approvedAt,
        },
      ])
      expect(json.lastReviewedAt).toBe(approvedAt)
      expect(json.contentUpdatedAt).toEqual(expect.any(String))
    }
  })

  it('records a new approval of unchanged content as "reviewed", with the clinician and the new date', async () => {
    const doc = await published()
    await save('editor', doc.id, { workflowState: 'in_review' })
    await save('reviewer', doc.id, { workflowState: 'approved' })
    const approvedAt = await latestApproval(doc.id)
    await save('editor', doc.id, { _status: 'published' }, false)
    const { history, json } = await readerView(doc.id)
    expect(history.map((e) => e.change)).toEqual(['published', 'reviewed'])
    expect(history[1]).toMatchObject({ reviewer: 'Tomás Lindqvist', reviewedAt: approvedAt })
    expect(json.lastReviewedAt).toBe(approvedAt)
    expect(json.contentUpdatedAt).toBeNull()
  })

  it('calls an admin’s publication without approval just that, with the reason and no reviewer', async () => {
    const doc = await published()
    await save('admin', doc.id, { summary: 'An urgent correction to the summary.' })
    const reason = 'Correcting a crisis line number that was wrong.'
    await save('admin', doc.id, { _status: 'published', publishReason: reason }, false)
    const { history } = await readerView(doc.id)
    expect(history[1]).toEqual({
      change: 'published-without-review',
      publishedByName: 'Ada Admin',
      reviewer: null,
      reviewedAt: null,
    })
  })

  it('shows readers when the next clinical review is due, and never the workflow’s own fields', async () => {
    const doc = await published()
    const { json } = await readerView(doc.id)
    // As the web parses it (the article page's schema).
    const dates = articleFieldsSchema.pick({ lastReviewedAt: true, nextReviewDue: true }).parse(json)
    expect(dates.nextReviewDue).toEqual(expect.any(String))
    expect(new Date(String(json.nextReviewDue)).getTime()).toBeGreaterThan(
      new Date(String(json.lastReviewedAt)).getTime(),
    )
    for (const key of ['workflowState', 'approval', 'reviewNote', 'internalNotes', 'publishedFingerprint'])
      expect(json).not.toHaveProperty(key)
  })
})

/** Payload's Status button: GET the published document, then PATCH it back unchanged, both at one URL. */
async function revertToPublished(role: Staff, id: number): Promise<ApiAnswer> {
  // Copied from @payloadcms/ui/dist/elements/Status/index.js (3.90.1): `?locale=${locale}` with no
  // localization configured is the string "undefined".
  const url = `/articles/${id}?locale=undefined&fallback-locale=null&depth=0`
  const { json: publishedDoc } = await rest('GET', url, { token: tokens[role] })
  return rest('PATCH', url, { token: tokens[role], body: publishedDoc })
}

describe('"Revert to published"', () => {
  /** A published article with a writer's revision pending review (the draft the revert drops). */
  async function withPendingRevision(): Promise<Doc> {
    const doc = await published()
    await save('writer', doc.id, {
      ...(await form(doc.id)),
      summary: 'A pending revision nobody has approved.',
      workflowState: 'in_review',
    })
    return doc
  }

  it.each(['editor', 'admin'] as const)(
    'lets an %s drop the pending draft, leaving the published version and the workflow as they were',
    async (role) => {
      const doc = await withPendingRevision()
      const before = await readerView(doc.id)
      const answer = await revertToPublished(role, doc.id)
      expect(answer.status).toBe(200)
      expect((answer.json.doc as Doc).workflowState).toBe('published')
      const latest = await form(doc.id)
      expect(latest).toMatchObject({
        _status: 'published',
        workflowState: 'published',
        summary: doc.summary,
        approval: expect.objectContaining({
          approvedAt: (doc.approval as { approvedAt: string }).approvedAt,
        }),
      })
      const after = await readerView(doc.id)
      expect(after.history).toEqual(before.history)
      expect(after.json.lastReviewedAt).toEqual(before.json.lastReviewedAt)
      // The workflow goes on from there: a new revision needs review as any other.
      const revised = await save('writer', doc.id, { ...latest, summary: 'A second revision.' })
      expect(revised.workflowState).toBe('in_review')
    },
  )

  it.each(['writer', 'reviewer'] as const)(
    'refuses a %s with a sentence saying who may, and keeps the draft',
    async (role) => {
      const doc = await withPendingRevision()
      const answer = await revertToPublished(role, doc.id)
      expect(answer.status).toBe(400)
      const [error] = answer.json.errors as { message: string; data?: { errors: unknown[] } }[]
      expect(error!.message).toBe(
        'Not saved: Status: only editors and admins may revert to the published version; a writer revises the draft and a clinical reviewer requests changes with a note',
      )
      expect((await form(doc.id)).summary).toBe('A pending revision nobody has approved.')
    },
  )
})

describe('refusals the admin shows', () => {
  /** The admin's toast is `errors[0].message`; the field's own error is in `errors[0].data.errors`. */
  const refusedWith = (answer: ApiAnswer) => {
    expect(answer.status).toBe(400)
    const [error] = answer.json.errors as { message: string; data: { errors: unknown[] } }[]
    return { message: error!.message, fields: error!.data.errors }
  }

  it('tells a writer choosing "Approved" why, naming the Workflow field', async () => {
    const doc = await published()
    await save('writer', doc.id, { ...(await form(doc.id)), summary: 'A writer’s revision.' })
    const answer = await rest('PATCH', `/articles/${doc.id}?depth=0&draft=true`, {
      token: tokens.writer,
      body: { ...(await form(doc.id)), workflowState: 'approved', _status: 'draft' },
    })
    expect(refusedWith(answer)).toEqual({
      message: 'Not saved: Workflow: only a clinical reviewer may approve or request changes',
      fields: [
        {
          path: 'workflowState',
          message: 'workflowState: only a clinical reviewer may approve or request changes',
        },
      ],
    })
  })

  it('tells a reviewer who edited the title that reviewers do not change content, naming Title', async () => {
    const doc = await published()
    await save('editor', doc.id, { workflowState: 'in_review' })
    const answer = await rest('PATCH', `/articles/${doc.id}?depth=0&draft=true`, {
      token: tokens.reviewer,
      body: { ...(await form(doc.id)), title: `${String(doc.title)} (reviewer’s title)`, _status: 'draft' },
    })
    expect(refusedWith(answer)).toEqual({
      message:
        'Not saved: Title: a clinical reviewer cannot change an article’s content; request changes with a note instead',
      fields: [expect.objectContaining({ path: 'title' })],
    })
  })

  it('keeps a reason that has commas in one item of the toast', async () => {
    const doc = await published()
    await save('editor', doc.id, { workflowState: 'in_review' })
    const answer = await rest('PATCH', `/articles/${doc.id}?depth=0&draft=true`, {
      token: tokens.reviewer,
      body: { featured: true },
    })
    expect(refusedWith(answer).message).toBe(
      'Not saved: Featured: a clinical reviewer changes only the workflow state; the review note and internal notes',
    )
  })
})
