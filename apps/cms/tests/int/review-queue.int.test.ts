/**
 * Review as a task (issue 13, parts 2 and 5): `POST /api/articles/:id/workflow` applies Submit,
 * Approve and Request changes through the workflow's rules, refusing with a sentence that names the
 * field; each step emails the people whose queue the article enters (read from the outbox); the
 * review screen's diff is against the last approved version; the daily job emails reviews that fell
 * due. Articles made here have "Review queue test" in their title and are removed afterwards.
 */
import type { Payload, TypedUser } from 'payload'

import { queueReviewReminder, sendReviewReminders } from '../../src/jobs'
import { reviewData } from '../../src/lib/reviewData'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { simpleText } from '../../src/seed/lexical'
import { rest, signIn } from './api'
import { payloadForTests } from './payload'

const MARK = 'Review queue test'
let payload: Payload
const tokens: Record<string, string> = {}
const users: Record<string, TypedUser> = {}
const seeded = { writer: 0, reviewer: 0, topic: 0, hero: 0 }
const startedAt = new Date().toISOString()

beforeAll(async () => {
  payload = await payloadForTests()
  for (const role of ['writer', 'reviewer', 'editor', 'admin']) {
    tokens[role] = await signIn('users', `${role}@haven.test`, DEMO_PASSWORD)
    const { user } = await payload.login({
      collection: 'users',
      data: { email: `${role}@haven.test`, password: DEMO_PASSWORD },
    })
    users[role] = { ...user, collection: 'users' } as TypedUser
  }
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

let counter = 0
async function newArticle(): Promise<{ id: number; title: string }> {
  counter += 1
  const title = `${MARK} ${counter} ${Date.now()}`
  const doc = await payload.create({
    collection: 'articles',
    data: {
      title,
      slug: `review-queue-test-${counter}-${Date.now()}`,
      summary: 'A throw-away article for the review queue tests.',
      heroImage: seeded.hero,
      authors: [seeded.writer],
      reviewers: [seeded.reviewer],
      topics: [seeded.topic],
      body: simpleText(['Grief comes in waves.'], { article: () => null }) as never,
    } as never,
    draft: true,
    user: users.writer,
    overrideAccess: false,
  })
  return { id: doc.id as number, title }
}

const act = (role: string, id: number, body: unknown) =>
  rest('POST', `/articles/${id}/workflow`, { token: tokens[role], body })

async function mailTo(email: string, title: string) {
  const { docs } = await payload.find({
    collection: 'outbox',
    where: { and: [{ to: { equals: email } }, { subject: { contains: title } }] },
    sort: 'createdAt',
    overrideAccess: true,
  })
  return docs
}

const firstError = (json: Record<string, unknown>) =>
  String((json.errors as { message?: string }[] | undefined)?.[0]?.message ?? '')

describe('POST /api/articles/:id/workflow', () => {
  it('takes an article through submit → changes requested → submit → approve, emailing whose queue it enters', async () => {
    const { id, title } = await newArticle()

    const submitted = await act('writer', id, { action: 'submit' })
    expect(submitted.status).toBe(200)
    expect(submitted.json.message).toMatch(/Submitted for review/)
    expect((submitted.json.doc as { workflowState: string }).workflowState).toBe('in_review')
    const [request] = await mailTo('reviewer@haven.test', title)
    expect(request?.subject).toBe(`Review requested: ${title}`)
    expect(request?.text).toContain(`/admin/collections/articles/${id}/review`)
    // The writer who acted is not emailed about their own step.
    expect(await mailTo('writer@haven.test', title)).toEqual([])

    const note = 'Please say that grief has no fixed timetable.'
    const sentBack = await act('reviewer', id, { action: 'request_changes', note })
    expect(sentBack.status).toBe(200)
    const [changes] = await mailTo('writer@haven.test', title)
    expect(changes?.subject).toBe(`Changes requested: ${title}`)
    expect(changes?.text).toContain(note)

    expect((await act('writer', id, { action: 'submit' })).status).toBe(200)
    expect(await mailTo('reviewer@haven.test', title)).toHaveLength(2)
    const approved = await act('reviewer', id, { action: 'approve' })
    expect(approved.status).toBe(200)
    expect((approved.json.doc as { workflowState: string }).workflowState).toBe('approved')
    const [waiting] = await mailTo('editor@haven.test', title)
    expect(waiting?.subject).toBe(`Approved, waiting to publish: ${title}`)
  })

  it('refuses with a sentence naming the field: no note, the wrong role, the wrong state, an unknown action', async () => {
    const { id, title } = await newArticle()
    const early = await act('reviewer', id, { action: 'approve' })
    expect(early.status).toBe(400)
    expect(firstError(early.json)).toBe(
      'Not saved: Workflow: only an article in review can be approved or sent back (this one is draft)',
    )
    expect((await act('writer', id, { action: 'submit' })).status).toBe(200)
    const noNote = await act('reviewer', id, { action: 'request_changes', note: '  ' })
    expect(noNote.status).toBe(400)
    expect(firstError(noNote.json)).toBe(
      'Not saved: Review note: say what needs to change when requesting changes',
    )
    const writerApproves = await act('writer', id, { action: 'approve' })
    expect(writerApproves.status).toBe(400)
    expect(firstError(writerApproves.json)).toBe(
      'Not saved: Workflow: only a clinical reviewer may approve or request changes',
    )
    const unknown = await act('reviewer', id, { action: 'publish' })
    expect(unknown.status).toBe(400)
    expect(firstError(unknown.json)).toBe('action: must be one of submit, approve, request_changes')
    expect((await rest('POST', `/articles/${id}/workflow`, { body: { action: 'approve' } })).status).toBe(403)
    // Nothing was approved, so no editor heard of it.
    expect(await mailTo('editor@haven.test', title)).toEqual([])
  })
})

describe('the review screen’s diff', () => {
  it('compares the working version with the last approved one, by what readers read', async () => {
    const { id } = await newArticle()
    expect((await act('writer', id, { action: 'submit' })).status).toBe(200)
    expect((await act('reviewer', id, { action: 'approve' })).status).toBe(200)
    await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' } as never,
      user: users.editor,
      overrideAccess: false,
    })
    const first = await reviewData(payload, id, users.reviewer!)
    expect(first.approved).not.toBeNull()
    await payload.update({
      collection: 'articles',
      id,
      data: {
        summary: 'A throw-away article, revised, for the review queue tests.',
        workflowState: 'in_review',
      } as never,
      draft: true,
      user: users.writer,
      overrideAccess: false,
    })
    const { changes, approved } = await reviewData(payload, id, users.reviewer!)
    expect(approved?.reviewer).toBe('Tomás Lindqvist')
    expect(changes.text.map((c) => c.field)).toEqual(['Summary'])
    // Word by word: "article" became "article, revised," (the comma is part of the word).
    const words = (op: string) => changes.text[0]!.parts.filter((p) => p.op === op).map((p) => p.text.trim())
    expect(words('removed')).toEqual(['article'])
    expect(words('added')).toEqual(['article, revised,'])
    expect(changes.body.every((row) => row.op === 'same')).toBe(true)
  })
})

describe('the daily review-due email', () => {
  it('emails the reviewers and editors of each article whose review fell due since the last run, once', async () => {
    const now = new Date()
    const { docs: due } = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' }, nextReviewDue: { less_than_equal: now.toISOString() } },
      sort: 'nextReviewDue',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const article = due[0]!
    const since = new Date(new Date(article.nextReviewDue!).getTime() - 1000)
    const count = await sendReviewReminders(payload, { since, now })
    expect(count).toBeGreaterThanOrEqual(1)
    const reviewerMail = await mailTo('reviewer@haven.test', `Clinical review due: ${article.title}`)
    const editorMail = await mailTo('editor@haven.test', `Clinical review due: ${article.title}`)
    expect(reviewerMail.length).toBeGreaterThanOrEqual(1)
    expect(editorMail.length).toBeGreaterThanOrEqual(1)
    expect(editorMail[0]!.text).toMatch(/was due for its clinical review on \d+ \w+ \d{4}/)
    // The next run starts where this one stopped: nothing is announced twice.
    expect(await sendReviewReminders(payload, { since: now, now: new Date() })).toBe(0)
  })

  it('queues one daily run, at 07:00 UTC, and no second while one waits', async () => {
    const waiting = () =>
      payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'reviewsDue' } }, { completedAt: { exists: false } }] },
        overrideAccess: true,
      })
    await queueReviewReminder(payload, new Date(startedAt))
    await queueReviewReminder(payload, new Date(startedAt))
    const { docs } = await waiting()
    expect(docs).toHaveLength(1)
    const at = new Date(docs[0]!.waitUntil!)
    expect(at.getUTCHours()).toBe(7)
    expect(at.getTime()).toBeGreaterThan(Date.now())
    expect(at.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000)
    await payload.delete({ collection: 'payload-jobs', id: docs[0]!.id, overrideAccess: true })
  })
})
