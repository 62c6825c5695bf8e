/**
 * The editorial workflow: who may create, read, change, publish and approve an article in each state,
 * tried with real users of every role (and anonymously) through the Local API with `overrideAccess:
 * false` and through Payload's REST handlers in-process (the same code `/api/*` runs). Then the rules
 * behind it: approval of exactly what is published, review dates, history, the admin's override,
 * scheduled publishing and updates that must not unpublish. Every article made here has "Workflow test"
 * in its title and is removed afterwards.
 */
import config from '@payload-config'
import { Forbidden, handleEndpoints, NotFound, ValidationError, type Payload, type TypedUser } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { simpleText } from '../../src/seed/lexical'
import { payloadForTests } from './payload'
import { refusal } from './refusal'

const MARK = 'Workflow test'
const roles = ['anonymous', 'writer', 'reviewer', 'editor', 'admin'] as const
const states = ['draft', 'in_review', 'approved', 'published'] as const
type Role = (typeof roles)[number]
type State = (typeof states)[number]
type Operation = 'create' | 'read' | 'update' | 'publish' | 'approve' | 'readVersions'
type Doc = Record<string, unknown> & { id: number }

let payload: Payload
const users = {} as Record<Exclude<Role, 'anonymous'>, TypedUser>
const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
const seeded = { writerPerson: 0, reviewerPerson: 0, topic: 0, heroImage: 0 }
let counter = 0

async function signIn(email: string): Promise<{ user: TypedUser; token: string }> {
  const result = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
  return { user: { ...result.user, collection: 'users' } as TypedUser, token: result.token! }
}

beforeAll(async () => {
  payload = await payloadForTests()
  for (const role of ['writer', 'reviewer', 'editor', 'admin'] as const) {
    const { user, token } = await signIn(`${role}@haven.test`)
    users[role] = user
    tokens[role] = token
  }
  const person = async (slug: string) =>
    (await payload.find({ collection: 'people', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id
  seeded.writerPerson = await person('daniel-whitfield')
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

const body = (text: string) => simpleText([text], { article: () => null }) as never

function draftData(extra: Record<string, unknown> = {}) {
  counter += 1
  return {
    title: `${MARK} ${counter}`,
    slug: `workflow-test-${counter}-${Date.now()}`,
    summary: 'A throw-away article for the editorial workflow tests.',
    heroImage: seeded.heroImage,
    authors: [seeded.writerPerson],
    reviewers: [seeded.reviewerPerson],
    topics: [seeded.topic],
    body: body('Breathing slowly can ease the body’s alarm.'),
    ...extra,
  }
}

const as = (role: Exclude<Role, 'anonymous'>) => ({ user: users[role], overrideAccess: false }) as const

/** An article whose working version is in `state`, brought there the way the workflow does it. */
async function articleIn(state: State): Promise<Doc> {
  let doc = (await payload.create({
    collection: 'articles',
    data: draftData() as never,
    draft: true,
    depth: 0,
    ...as('writer'),
  })) as unknown as Doc
  if (state === 'draft') return doc
  const step = async (role: Exclude<Role, 'anonymous'>, data: Record<string, unknown>, draft = true) =>
    (doc = (await payload.update({
      collection: 'articles',
      id: doc.id,
      data: data as never,
      draft,
      depth: 0,
      ...as(role),
    })) as unknown as Doc)
  await step('writer', { workflowState: 'in_review' })
  if (state === 'in_review') return doc
  await step('reviewer', { workflowState: 'approved' })
  if (state === 'approved') return doc
  await step('editor', { _status: 'published' }, false)
  return doc
}

/** The Local API, as `role` with access control on; resolves to whether the operation was allowed. */
async function viaLocal(role: Role, operation: Operation, state: State): Promise<boolean> {
  const who = role === 'anonymous' ? ({ overrideAccess: false } as const) : as(role)
  try {
    if (operation === 'create') {
      await payload.create({
        collection: 'articles',
        data: draftData(
          state === 'published' ? { _status: 'published' } : { workflowState: state, _status: 'draft' },
        ) as never,
        draft: state !== 'published',
        depth: 0,
        ...who,
      })
      return true
    }
    const doc = await fixture(operation, state)
    if (operation === 'read') {
      const read = await payload.findByID({
        collection: 'articles',
        id: doc.id,
        draft: true,
        depth: 0,
        ...who,
      })
      return read.workflowState === undefined ? read.title === doc.title : read.workflowState === state
    }
    if (operation === 'readVersions') {
      const versions = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: doc.id } },
        depth: 0,
        ...who,
      })
      return versions.docs.length > 0
    }
    const data =
      operation === 'update'
        ? { title: `${String(doc.title)} revised` }
        : operation === 'publish'
          ? { _status: 'published' }
          : { workflowState: 'approved' }
    const saved = (await payload.update({
      collection: 'articles',
      id: doc.id,
      data: data as never,
      draft: operation !== 'publish',
      depth: 0,
      ...who,
    })) as unknown as Doc
    return outcome(operation, doc, saved)
  } catch (error) {
    // A refusal is Forbidden, NotFound or a ValidationError naming the rule; anything else is a bug.
    if (error instanceof Forbidden || error instanceof NotFound || error instanceof ValidationError)
      return false
    throw error
  }
}

/** Payload's REST handlers in-process, with the user's token; resolves to whether it was allowed. */
async function viaRest(role: Role, operation: Operation, state: State): Promise<boolean> {
  const call = async (method: string, path: string, json?: unknown) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (role !== 'anonymous') headers.Authorization = `JWT ${tokens[role]}`
    const request = new Request(`http://localhost:3001/api${path}`, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const response = await handleEndpoints({ config, request })
    // A refusal is 400 (a rule, named), 401/403 or 404; a server error is a bug, not a refusal.
    if (![200, 201, 400, 401, 403, 404].includes(response.status))
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }
  if (operation === 'create') {
    const published = state === 'published'
    const data = draftData(published ? { _status: 'published' } : { workflowState: state, _status: 'draft' })
    const { status } = await call('POST', `/articles?depth=0${published ? '' : '&draft=true'}`, data)
    return status === 201
  }
  const doc = await fixture(operation, state)
  if (operation === 'read') {
    const { status, json } = await call('GET', `/articles/${doc.id}?draft=true&depth=0`)
    return (
      status === 200 &&
      (json.workflowState === undefined ? json.title === doc.title : json.workflowState === state)
    )
  }
  if (operation === 'readVersions') {
    const { status, json } = await call('GET', `/articles/versions?where[parent][equals]=${doc.id}&depth=0`)
    return status === 200 && ((json.docs as unknown[] | undefined)?.length ?? 0) > 0
  }
  const data =
    operation === 'update'
      ? { title: `${String(doc.title)} revised` }
      : operation === 'publish'
        ? { _status: 'published' }
        : { workflowState: 'approved' }
  const { status, json } = await call(
    'PATCH',
    `/articles/${doc.id}?depth=0${operation === 'publish' ? '' : '&draft=true'}`,
    data,
  )
  return status === 200 && outcome(operation, doc, (json as { doc: Doc }).doc)
}

/** Whether a save did what was asked (a save that changed nothing is not an approval). */
function outcome(operation: Operation, before: Doc, saved: Doc): boolean {
  if (operation === 'publish') return saved._status === 'published'
  if (operation === 'approve') {
    const approvedAt = (d: Doc) => (d.approval as { approvedAt?: string } | undefined)?.approvedAt
    return saved.workflowState === 'approved' && approvedAt(saved) !== approvedAt(before)
  }
  return saved.title === `${String(before.title)} revised`
}

/** Read-only operations share one article per state; anything that writes gets its own. */
const shared = new Map<State, Promise<Doc>>()
function fixture(operation: Operation, state: State): Promise<Doc> {
  if (operation !== 'read' && operation !== 'readVersions') return articleIn(state)
  if (!shared.has(state)) shared.set(state, articleIn(state))
  return shared.get(state)!
}

/** Who may do what, in which state of the article's working version. */
const allowed: Record<Operation, Record<Role, readonly State[]>> = {
  // A new article starts as a draft or straight in review; nobody creates one approved or published.
  create: {
    anonymous: [],
    writer: ['draft', 'in_review'],
    reviewer: [],
    editor: ['draft', 'in_review'],
    admin: ['draft', 'in_review'],
  },
  // Readers see published articles only; staff see every working version.
  read: {
    anonymous: ['published'],
    writer: states,
    reviewer: states,
    editor: states,
    admin: states,
  },
  // Writers edit their own until they submit (and start revisions of published ones); reviewers never edit.
  update: {
    anonymous: [],
    writer: ['draft', 'published'],
    reviewer: [],
    editor: states,
    admin: states,
  },
  // Only an approved (or unchanged published) version is published, and only by editors and admins.
  publish: {
    anonymous: [],
    writer: [],
    reviewer: [],
    editor: ['approved', 'published'],
    admin: ['approved', 'published'],
  },
  approve: { anonymous: [], writer: [], reviewer: ['in_review'], editor: [], admin: [] },
  readVersions: { anonymous: [], writer: states, reviewer: states, editor: states, admin: states },
}

const operations = Object.keys(allowed) as Operation[]
const matrix = operations.flatMap((operation) =>
  roles.flatMap((role) =>
    states.map((state) => [operation, role, state, allowed[operation][role].includes(state)] as const),
  ),
)

describe('the access matrix through the Local API (overrideAccess: false)', () => {
  it.each(matrix)('%s as %s on an article %s: allowed = %s', async (operation, role, state, expected) => {
    await expect(viaLocal(role, operation, state)).resolves.toBe(expected)
  })
})

describe('the access matrix through REST', () => {
  it.each(matrix)('%s as %s on an article %s: allowed = %s', async (operation, role, state, expected) => {
    await expect(viaRest(role, operation, state)).resolves.toBe(expected)
  })
})

describe('the workflow’s rules', () => {
  const update = (
    role: Exclude<Role, 'anonymous'>,
    id: number,
    data: Record<string, unknown>,
    draft = true,
  ) => payload.update({ collection: 'articles', id, data: data as never, draft, depth: 0, ...as(role) })
  const latest = (id: number) =>
    payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
  const published = (id: number) =>
    payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })

  it('publishes an approved version with the approval date as last reviewed and a history entry naming the reviewer', async () => {
    const doc = await articleIn('approved')
    const approvedAt = (doc.approval as { approvedAt: string }).approvedAt
    const live = await update('editor', doc.id, { _status: 'published' }, false)
    expect(live.workflowState).toBe('published')
    expect(live.lastReviewedAt).toBe(approvedAt)
    expect(live.reviewers).toEqual([seeded.reviewerPerson])
    expect(live.history).toEqual([
      expect.objectContaining({
        change: 'published',
        publishedByName: 'Eli Editor',
        reviewedBy: seeded.reviewerPerson,
        reviewedAt: approvedAt,
      }),
    ])
    expect(live.contentUpdatedAt).toBeNull()
  })

  it('sends a visible change after approval back to review, and marks the next publication as an update', async () => {
    const doc = await articleIn('published')
    const revised = await update('writer', doc.id, { summary: 'A clearer summary for readers.' })
    expect(revised.workflowState).toBe('in_review')
    expect((await published(doc.id)).summary).toBe('A throw-away article for the editorial workflow tests.')
    expect(await refusal(update('editor', doc.id, { _status: 'published' }, false))).toEqual([
      expect.stringMatching(
        /^_status: this version has not been approved by a clinical reviewer \(it is in review\)/,
      ),
    ])
    await update('reviewer', doc.id, { workflowState: 'approved' })
    const live = await update('editor', doc.id, { _status: 'published' }, false)
    expect(live.summary).toBe('A clearer summary for readers.')
    expect(live.contentUpdatedAt).toEqual(expect.any(String))
    expect(live.history?.map((entry) => entry.change)).toEqual(['published', 'updated'])
  })

  it('keeps the approval and the published article through changes readers cannot see', async () => {
    const doc = await articleIn('published')
    const saved = await update(
      'editor',
      doc.id,
      {
        meta: { title: 'A better search title' },
        internalNotes: 'Check the stats in spring.',
        _status: 'published',
      },
      false,
    )
    expect(saved.workflowState).toBe('published')
    expect(saved._status).toBe('published')
    expect(saved.history).toHaveLength(1)
  })

  it('does not let a clinical reviewer approve their own writing', async () => {
    const maren = (await payload.find({ collection: 'people', where: { slug: { equals: 'maren-okafor' } } }))
      .docs[0]!
    const account = await payload.create({
      collection: 'users',
      data: {
        email: 'workflow-test-both@haven.test',
        name: `${MARK} Writer and reviewer`,
        roles: ['writer', 'reviewer'],
        person: maren.id,
        password: 'long-enough-password',
      },
    })
    try {
      const user = { ...account, collection: 'users' } as TypedUser
      const doc = await payload.create({
        collection: 'articles',
        data: { ...draftData({ authors: [maren.id] }), workflowState: 'in_review' } as never,
        draft: true,
        user,
        overrideAccess: false,
      })
      expect(
        await refusal(
          payload.update({
            collection: 'articles',
            id: doc.id,
            data: { workflowState: 'approved' },
            draft: true,
            user,
            overrideAccess: false,
          }),
        ),
      ).toEqual(['workflowState: a clinical reviewer cannot approve their own writing'])
      expect((await latest(doc.id)).workflowState).toBe('in_review')
    } finally {
      await payload.delete({ collection: 'users', id: account.id })
    }
  })

  describe('only a clinical reviewer may approve or request changes, whoever else holds a licence', () => {
    // Accounts linked to a licensed clinician (Adaeze Morrow, PsyD, no author of these articles), so the
    // person and credential checks would let them through: only the role rule can refuse them.
    const accounts = {} as Record<'editor' | 'admin' | 'reviewer', TypedUser>
    beforeAll(async () => {
      const adaeze = (
        await payload.find({ collection: 'people', where: { slug: { equals: 'adaeze-morrow' } }, limit: 1 })
      ).docs[0]!
      for (const role of ['editor', 'admin', 'reviewer'] as const) {
        const account = await payload.create({
          collection: 'users',
          data: {
            email: `workflow-test-clinical-${role}@haven.test`,
            name: `${MARK} licensed ${role}`,
            roles: [role],
            person: adaeze.id,
            password: 'long-enough-password',
          },
        })
        accounts[role] = { ...account, collection: 'users' } as TypedUser
      }
    })
    afterAll(async () => {
      await payload.delete({ collection: 'users', where: { email: { like: 'workflow-test-clinical-' } } })
    })

    const verdicts = [
      ['approve', { workflowState: 'approved' }],
      ['request changes', { workflowState: 'changes_requested', reviewNote: 'Cite the 2024 guideline.' }],
    ] as const
    const asAccount = (role: keyof typeof accounts, id: number, data: Record<string, unknown>) =>
      payload.update({
        collection: 'articles',
        id,
        data: data as never,
        draft: true,
        depth: 0,
        user: accounts[role],
        overrideAccess: false,
      })

    it.each(
      (['editor', 'admin'] as const).flatMap((role) =>
        verdicts.map(([verdict, data]) => [role, verdict, data] as const),
      ),
    )('refuses a licensed %s who tries to %s, naming the role rule', async (role, _verdict, data) => {
      const doc = await articleIn('in_review')
      expect(await refusal(asAccount(role, doc.id, data))).toEqual([
        'workflowState: only a clinical reviewer may approve or request changes',
      ])
      expect(await latest(doc.id)).toMatchObject({ workflowState: 'in_review', approval: doc.approval })
    })

    it.each(verdicts)('lets a reviewer account linked to the same clinician %s', async (_verdict, data) => {
      const doc = await articleIn('in_review')
      expect((await asAccount('reviewer', doc.id, data)).workflowState).toBe(data.workflowState)
    })
  })

  it('needs a note to request changes, then lets the writer revise and resubmit', async () => {
    const doc = await articleIn('in_review')
    expect(await refusal(update('reviewer', doc.id, { workflowState: 'changes_requested' }))).toEqual([
      'reviewNote: say what needs to change when requesting changes',
    ])
    const sentBack = await update('reviewer', doc.id, {
      workflowState: 'changes_requested',
      reviewNote: 'Say that breathing exercises are not a substitute for care.',
    })
    expect(sentBack.workflowState).toBe('changes_requested')
    const revised = await update('writer', doc.id, {
      body: body('Slow breathing can ease the alarm; it does not replace care from a clinician.'),
      workflowState: 'in_review',
    })
    expect(revised.workflowState).toBe('in_review')
    expect((await update('reviewer', doc.id, { workflowState: 'approved' })).workflowState).toBe('approved')
  })

  it('lets an admin publish without approval only with a written reason, shown in the history', async () => {
    const doc = await articleIn('in_review')
    expect(await refusal(update('admin', doc.id, { _status: 'published' }, false))).toEqual([
      expect.stringMatching(/^publishReason: this version has not been approved .* give a written reason/),
    ])
    expect(
      await refusal(update('admin', doc.id, { _status: 'published', publishReason: 'urgent' }, false)),
    ).toEqual([
      'publishReason: give a written reason (at least 10 characters) for publishing without approval',
    ])
    const reason = 'Correcting a crisis line number that was wrong.'
    const live = await update('admin', doc.id, { _status: 'published', publishReason: reason }, false)
    expect(live.history).toEqual([
      expect.objectContaining({ change: 'published-without-review', reason, reviewedBy: null }),
    ])
    expect(live.publishReason).toBeNull()
    // An editor's reason is ignored: only admins may override.
    const other = await articleIn('in_review')
    expect(
      await refusal(update('editor', other.id, { _status: 'published', publishReason: reason }, false)),
    ).toEqual([expect.stringMatching(/^_status: this version has not been approved by a clinical reviewer/)])
    expect((await latest(other.id))._status).toBe('draft')
  })

  it('never unpublishes, or publishes a pending draft, when a script’s update names no _status', async () => {
    const doc = await articleIn('published')
    await update('writer', doc.id, { title: `${String(doc.title)} (pending revision)` })
    await payload.update({ collection: 'articles', id: doc.id, data: { featured: true } })
    const live = await published(doc.id)
    expect(live._status).toBe('published')
    expect(live.title).toBe(doc.title)
    expect((await latest(doc.id)).title).toBe(`${String(doc.title)} (pending revision)`)
    // With nothing pending, such an update keeps the article published.
    const plain = await articleIn('published')
    const saved = await payload.update({ collection: 'articles', id: plain.id, data: { featured: true } })
    expect(saved._status).toBe('published')
  })

  it('does not let a writer unpublish an article', async () => {
    const doc = await articleIn('published')
    const refused = await update('writer', doc.id, { _status: 'draft' }, false).then(
      () => null,
      (error: unknown) => error,
    )
    // keepPublished refuses it at the door (403), before any field rule runs.
    expect(refused).toBeInstanceOf(Forbidden)
    expect((refused as Error).message).toBe('You are not allowed to perform this action.')
    expect((await published(doc.id))._status).toBe('published')
  })

  it('shows readers the history but never review notes, approvals, internal notes or the workflow state', async () => {
    const doc = await articleIn('published')
    await update('editor', doc.id, { internalNotes: 'Internal only.', _status: 'published' }, false)
    const request = new Request(`http://localhost:3001/api/articles/${doc.id}?depth=1`)
    const json = (await (await handleEndpoints({ config, request })).json()) as Record<string, unknown>
    expect(json.history).toEqual([
      expect.objectContaining({
        change: 'published',
        reviewedBy: expect.objectContaining({ name: 'Tomás Lindqvist' }),
      }),
    ])
    for (const key of [
      'reviewNote',
      'approval',
      'internalNotes',
      'workflowState',
      'publishedFingerprint',
      'publishReason',
    ])
      expect(json).not.toHaveProperty(key)
  })

  it('sets the next review from the shortest interval of the article’s topics', async () => {
    const topic = await payload.create({
      collection: 'topics',
      data: {
        title: `${MARK} topic`,
        slug: `workflow-test-topic-${Date.now()}`,
        reviewIntervalMonths: 6,
        _status: 'published',
      },
    })
    try {
      const doc = await articleIn('approved')
      await update('editor', doc.id, { topics: [seeded.topic, topic.id] })
      await update('reviewer', doc.id, { workflowState: 'approved' })
      const live = await update('editor', doc.id, { _status: 'published' }, false)
      const reviewed = new Date(live.lastReviewedAt!)
      const due = new Date(live.nextReviewDue!)
      expect(
        (due.getUTCFullYear() - reviewed.getUTCFullYear()) * 12 + due.getUTCMonth() - reviewed.getUTCMonth(),
      ).toBe(6)
    } finally {
      await payload.delete({ collection: 'articles', where: { topics: { in: [topic.id] } } })
      await payload.delete({ collection: 'topics', id: topic.id })
    }
  })

  it('runs a scheduled publish as the user who scheduled it, through the same rules', async () => {
    const approved = await articleIn('approved')
    const unapproved = await articleIn('in_review')
    const schedule = (id: number) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'articles', value: id },
          user: { relationTo: 'users', value: users.editor.id },
        },
        waitUntil: new Date(Date.now() - 1000),
      })
    await schedule(approved.id)
    await schedule(unapproved.id)
    await payload.jobs.run({ limit: 10 })
    expect((await published(approved.id))._status).toBe('published')
    expect((await published(approved.id)).history).toHaveLength(1)
    expect((await latest(unapproved.id))._status).toBe('draft')
  })

  it('lets a writer change what readers do not see only on their own articles, and never the review note', async () => {
    const doc = await articleIn('in_review')
    // Another writer's article: a second writer account linked to someone else.
    const other = await payload.create({
      collection: 'users',
      data: {
        email: `workflow-test-other-writer-${Date.now()}@haven.test`,
        name: `${MARK} Other writer`,
        roles: ['writer'],
        password: 'long-enough-password',
      },
    })
    try {
      const otherWriter = { user: { ...other, collection: 'users' } as TypedUser, overrideAccess: false }
      for (const data of [
        { internalNotes: 'Mine now.' },
        { slug: `taken-over-${Date.now()}` },
        { meta: { title: 'Hijacked' } },
      ])
        expect(
          await refusal(
            payload.update({
              collection: 'articles',
              id: doc.id,
              data: data as never,
              draft: true,
              ...otherWriter,
            }),
          ),
        ).toEqual([
          expect.stringMatching(
            /^(internalNotes|slug|meta): a writer may only change articles they are an author of/,
          ),
        ])
    } finally {
      await payload.delete({ collection: 'users', id: other.id })
    }
    await update('reviewer', doc.id, { workflowState: 'changes_requested', reviewNote: 'Cite the trial.' })
    expect(await refusal(update('writer', doc.id, { reviewNote: '' }))).toEqual([
      expect.stringMatching(/^reviewNote: the review note is the clinical reviewer’s/),
    ])
    expect(await refusal(update('writer', doc.id, { featured: true }))).toEqual([
      expect.stringMatching(/^featured: only editors/),
    ])
    // Their own article's notes and search title are theirs to change, in review or not.
    const saved = await update('writer', doc.id, {
      internalNotes: 'Trial cited.',
      meta: { title: 'Better title' },
    })
    expect(saved).toMatchObject({ internalNotes: 'Trial cited.', reviewNote: 'Cite the trial.' })
  })

  it('lets a clinical reviewer change only the verdict, its note and internal notes', async () => {
    const doc = await articleIn('in_review')
    for (const [field, data] of [
      ['slug', { slug: `reviewer-renamed-${Date.now()}` }],
      ['meta', { meta: { description: 'A reviewer’s description' } }],
      ['featured', { featured: true }],
    ] as const)
      expect(await refusal(update('reviewer', doc.id, data))).toEqual([
        expect.stringMatching(new RegExp(`^${field}: a clinical reviewer changes only`)),
      ])
    const saved = await update('reviewer', doc.id, {
      workflowState: 'approved',
      internalNotes: 'Approved against the 2024 guideline.',
    })
    expect(saved).toMatchObject({
      workflowState: 'approved',
      internalNotes: 'Approved against the 2024 guideline.',
    })
    // The admin's form sends every field back unchanged with a verdict: that is not a change.
    const again = await articleIn('in_review')
    const full = await latest(again.id)
    const verdict = await update('reviewer', again.id, {
      ...full,
      workflowState: 'changes_requested',
      reviewNote: 'Soften the second paragraph.',
    })
    expect(verdict.workflowState).toBe('changes_requested')
  })

  it('records a clinical re-review of unchanged content as "reviewed", with new review dates', async () => {
    const doc = await articleIn('published')
    const first = await published(doc.id)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await update('editor', doc.id, { workflowState: 'in_review' })
    await update('reviewer', doc.id, { workflowState: 'approved' })
    const live = await update('editor', doc.id, { _status: 'published' }, false)
    expect(live.history?.map((entry) => entry.change)).toEqual(['published', 'reviewed'])
    expect(new Date(live.lastReviewedAt!).getTime()).toBeGreaterThan(
      new Date(first.lastReviewedAt!).getTime(),
    )
    expect(new Date(live.nextReviewDue!).getTime()).toBeGreaterThan(new Date(first.nextReviewDue!).getTime())
    expect(live.contentUpdatedAt).toBeNull()
  })

  it('never shows anonymous readers a pending revision of a published article, by REST or the Local API', async () => {
    const doc = await articleIn('published')
    const pending = `${MARK}: a pending revision nobody has approved`
    await update('writer', doc.id, { summary: pending })
    const local = await payload.findByID({
      collection: 'articles',
      id: doc.id,
      draft: true,
      overrideAccess: false,
    })
    expect(local.summary).not.toBe(pending)
    for (const path of [
      `/articles/${doc.id}?draft=true&depth=0`,
      `/articles?draft=true&depth=0&where[id][equals]=${doc.id}`,
      `/articles?draft=true&depth=0&where[summary][equals]=${encodeURIComponent(pending)}`,
    ]) {
      const response = await handleEndpoints({
        config,
        request: new Request(`http://localhost:3001/api${path}`),
      })
      expect(await response.text()).not.toContain(pending)
    }
    const versions = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3001/api/articles/versions?where[parent][equals]=${doc.id}`),
    })
    expect(versions.status).toBe(403)
  })

  it('refuses a clinical reviewer account that is not linked to a credentialed person, naming the field', async () => {
    const daniel = seeded.writerPerson // MA: not a clinical credential
    for (const [person, message] of [
      [undefined, 'person: a clinical reviewer must be linked to a person who holds a clinical credential'],
      [
        daniel,
        'person: "Daniel Whitfield" holds no clinical credential, so this account cannot be a clinical reviewer',
      ],
    ] as const) {
      expect(
        await refusal(
          payload.create({
            collection: 'users',
            data: {
              email: `workflow-test-${person ?? 'none'}@haven.test`,
              name: `${MARK} reviewer`,
              roles: ['reviewer'],
              person,
              password: 'long-enough-password',
            },
          }),
        ),
      ).toEqual([message])
    }
  })
})
