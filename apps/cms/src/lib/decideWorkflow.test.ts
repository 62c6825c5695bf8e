/**
 * Every role × every workflow state × every kind of change, against a table written out by hand: the
 * table is the workflow's rulebook (README "The editorial workflow"), and the function must agree with it.
 */
import type { Article } from '../payload-types'
import {
  contentFingerprint,
  decideWorkflow,
  workflowStates,
  type WorkflowActor,
  type WorkflowInput,
  type WorkflowState,
} from './workflow'

const now = new Date('2026-12-04T12:00:00.000Z')
const approvedAt = '2026-12-01T09:00:00.000Z'

// People: 1 writes the article, 2 is a clinical reviewer, 3 is another writer.
const WRITER = 1
const REVIEWER = 2

const users = {
  admin: { id: 10, name: 'Ada Admin', email: 'admin@haven.test', roles: ['admin'], collection: 'users' },
  editor: { id: 11, name: 'Eli Editor', email: 'editor@haven.test', roles: ['editor'], collection: 'users' },
  writer: { id: 12, name: 'Wren Writer', email: 'writer@haven.test', roles: ['writer'], collection: 'users' },
  reviewer: {
    id: 13,
    name: 'Dr Rae',
    email: 'reviewer@haven.test',
    roles: ['reviewer'],
    collection: 'users',
  },
} satisfies Record<string, NonNullable<WorkflowActor['user']>>
type Role = keyof typeof users

const actors: Record<Role, WorkflowActor> = {
  admin: { user: users.admin, person: null },
  editor: { user: users.editor, person: null },
  writer: { user: users.writer, person: { id: WRITER, name: 'Wren Writer', clinical: false } },
  reviewer: { user: users.reviewer, person: { id: REVIEWER, name: 'Dr Rae', clinical: true } },
}

const content = {
  title: 'Sleep and anxiety',
  summary: 'How the two feed each other.',
  heroImage: 4,
  authors: [WRITER],
  reviewers: [REVIEWER],
  topics: [7],
  body: {
    root: {
      type: 'root',
      children: [],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    },
  },
} satisfies Partial<Article>

/** The stored article in `state`: approved ones carry an approval of their content, published ones a publication. */
function stored(state: WorkflowState): Article {
  const doc: Article = {
    id: 100,
    slug: 'sleep-and-anxiety',
    ...content,
    workflowState: state,
    _status: state === 'published' ? 'published' : 'draft',
    approval: {},
    history: [],
    updatedAt: approvedAt,
    createdAt: approvedAt,
  }
  const fingerprint = contentFingerprint(doc)
  if (state === 'approved' || state === 'published')
    doc.approval = { approvedBy: users.reviewer.id, reviewer: REVIEWER, approvedAt, fingerprint }
  if (state === 'published')
    Object.assign(doc, {
      publishedFingerprint: fingerprint,
      publishedAt: approvedAt,
      lastReviewedAt: approvedAt,
      history: [{ date: approvedAt, change: 'published', reviewedBy: REVIEWER, reviewedAt: approvedAt }],
    })
  return doc
}

/**
 * Each kind of change, as the admin sends it: the whole document with one thing different, saved as a
 * draft ("Save draft") unless it is the publish.
 */
const saved = (doc: Article): Article => ({ ...doc, _status: 'draft' })
const changes = {
  'clinical content': (doc: Article): Partial<Article> => ({
    ...saved(doc),
    title: 'Sleep, worry and anxiety',
  }),
  'internal notes': (doc: Article): Partial<Article> => ({
    ...saved(doc),
    internalNotes: 'Check the 2025 figures',
  }),
  featured: (doc: Article): Partial<Article> => ({ ...saved(doc), featured: true }),
  submit: (doc: Article): Partial<Article> => ({ ...saved(doc), workflowState: 'in_review' }),
  approve: (doc: Article): Partial<Article> => ({ ...saved(doc), workflowState: 'approved' }),
  'request changes': (doc: Article): Partial<Article> => ({
    ...saved(doc),
    workflowState: 'changes_requested',
    reviewNote: 'Cite the sleep-hygiene source.',
  }),
  publish: (doc: Article): Partial<Article> => ({ ...doc, _status: 'published' }),
}
type Change = keyof typeof changes

/**
 * What each save comes to, by state [draft, in review, changes requested, approved, published]: the
 * article's next state, or `×field` for a refusal on that field.
 */
type Row = [string, string, string, string, string]
const expected: Record<Role, Record<Change, Row>> = {
  writer: {
    'clinical content': ['draft', '×title', 'changes_requested', '×title', 'in_review'],
    'internal notes': ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    featured: ['×featured', '×featured', '×featured', '×featured', '×featured'],
    submit: ['in_review', 'in_review', 'in_review', 'in_review', 'in_review'],
    approve: ['×workflowState', '×workflowState', '×workflowState', 'approved', '×workflowState'],
    'request changes': ['×reviewNote', '×reviewNote', '×reviewNote', '×reviewNote', '×reviewNote'],
    publish: ['×_status', '×_status', '×_status', '×_status', '×_status'],
  },
  reviewer: {
    'clinical content': ['×title', '×title', '×title', '×title', '×title'],
    'internal notes': ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    featured: ['×featured', '×featured', '×featured', '×featured', '×featured'],
    submit: ['×workflowState', 'in_review', '×workflowState', '×workflowState', '×workflowState'],
    approve: ['×workflowState', 'approved', '×workflowState', 'approved', '×workflowState'],
    'request changes': [
      '×workflowState',
      'changes_requested',
      'changes_requested',
      '×workflowState',
      '×workflowState',
    ],
    publish: ['×_status', '×_status', '×_status', '×_status', '×_status'],
  },
  editor: {
    'clinical content': ['draft', 'in_review', 'changes_requested', 'in_review', 'in_review'],
    'internal notes': ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    featured: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    submit: ['in_review', 'in_review', 'in_review', 'in_review', 'in_review'],
    approve: ['×workflowState', '×workflowState', '×workflowState', 'approved', '×workflowState'],
    'request changes': [
      '×workflowState',
      '×workflowState',
      'changes_requested',
      '×workflowState',
      '×workflowState',
    ],
    publish: ['×_status', '×_status', '×_status', 'published', 'published'],
  },
  admin: {
    'clinical content': ['draft', 'in_review', 'changes_requested', 'in_review', 'in_review'],
    'internal notes': ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    featured: ['draft', 'in_review', 'changes_requested', 'approved', 'published'],
    submit: ['in_review', 'in_review', 'in_review', 'in_review', 'in_review'],
    approve: ['×workflowState', '×workflowState', '×workflowState', 'approved', '×workflowState'],
    'request changes': [
      '×workflowState',
      '×workflowState',
      'changes_requested',
      '×workflowState',
      '×workflowState',
    ],
    // An admin is pointed at the field that would let them publish unapproved content.
    publish: ['×publishReason', '×publishReason', '×publishReason', 'published', 'published'],
  },
}

const outcome = (input: WorkflowInput): string => {
  const decision = decideWorkflow(input)
  return decision.errors[0] ? `×${decision.errors[0].path}` : decision.next
}

describe('decideWorkflow: every role × state × change', () => {
  const cases = (Object.keys(expected) as Role[]).flatMap((role) =>
    (Object.keys(changes) as Change[]).flatMap((change) =>
      workflowStates.map((state, i) => [role, change, state, expected[role][change][i]!] as const),
    ),
  )

  it.each(cases)('%s, %s, on an article %s → %s', (role, change, state, want) => {
    const before = stored(state)
    expect(
      outcome({ operation: 'update', before, requested: changes[change](before), actor: actors[role], now }),
    ).toBe(want)
  })
})

describe('decideWorkflow: creating an article', () => {
  const draft = { ...content, slug: 'new', workflowState: 'draft' } satisfies Partial<Article>
  const create = (actor: WorkflowActor, requested: Partial<Article>) =>
    outcome({ operation: 'create', requested, actor, now })

  const creates: [Role, Partial<Article>, string][] = [
    ['writer', draft, 'draft'],
    ['writer', { ...draft, workflowState: 'in_review' }, 'in_review'],
    ['writer', { ...draft, authors: [3] }, '×authors'],
    ['writer', { ...draft, featured: true }, '×featured'],
    ['writer', { ...draft, workflowState: 'approved' }, '×workflowState'],
    ['reviewer', draft, '×title'],
    ['editor', draft, 'draft'],
    ['editor', { ...draft, workflowState: 'published' }, '×workflowState'],
    ['editor', { ...draft, _status: 'published' }, '×_status'],
    ['admin', draft, 'draft'],
    ['admin', { ...draft, _status: 'published' }, '×publishReason'],
  ]
  it.each(creates)('%s creates %j → %s', (role, requested, want) => {
    expect(create(actors[role], requested)).toBe(want)
  })
})

describe('decideWorkflow: what a decision records', () => {
  it('keeps bookkeeping from the stored article, whatever the request says', () => {
    const before = stored('published')
    const decision = decideWorkflow({
      operation: 'update',
      before,
      requested: {
        ...saved(before),
        internalNotes: 'x',
        lastReviewedAt: '2030-01-01T00:00:00.000Z',
        history: [],
      },
      actor: actors.writer,
      now,
    })
    expect(decision.errors).toEqual([])
    expect(decision.fields.lastReviewedAt).toBe(approvedAt)
    expect(decision.history).toHaveLength(1)
  })

  it('records the approving clinician, adds them to the reviewers, and the fingerprint of what they approved', () => {
    const before = { ...stored('in_review'), reviewers: [] }
    const decision = decideWorkflow({
      operation: 'update',
      before,
      requested: { ...before, workflowState: 'approved' },
      actor: actors.reviewer,
      now,
    })
    expect(decision.errors).toEqual([])
    expect(decision.fields.reviewers).toEqual([REVIEWER])
    expect(decision.approval).toEqual({
      approvedBy: users.reviewer.id,
      reviewer: REVIEWER,
      approvedAt: now.toISOString(),
      fingerprint: contentFingerprint({ ...before, reviewers: [REVIEWER] }),
    })
  })

  it('refuses an approval by a reviewer with no clinical credential, not linked, or who wrote it', () => {
    const before = stored('in_review')
    const approve = (actor: WorkflowActor, doc: Article = before) =>
      decideWorkflow({
        operation: 'update',
        before: doc,
        requested: { ...doc, workflowState: 'approved' },
        actor,
        now,
      }).errors[0]?.message
    expect(approve({ ...actors.reviewer, person: { id: REVIEWER, name: 'Dr Rae', clinical: false } })).toBe(
      'workflowState: Dr Rae holds no clinical credential',
    )
    expect(approve({ ...actors.reviewer, person: null })).toMatch(/not linked to a person/)
    const both: WorkflowActor = {
      user: { ...users.reviewer, roles: ['writer', 'reviewer'] },
      person: { id: WRITER, name: 'Wren Writer', clinical: true },
    }
    expect(approve(both)).toBe('workflowState: a clinical reviewer cannot approve their own writing')
  })

  it('publishing an approved update appends "updated" with its reviewer and moves the dates', () => {
    const published = stored('published')
    const changed = { ...published, title: 'Sleep, worry and anxiety', workflowState: 'approved' as const }
    const approval = {
      approvedBy: users.reviewer.id,
      reviewer: REVIEWER,
      approvedAt: '2026-12-03T10:00:00.000Z',
      fingerprint: contentFingerprint(changed),
    }
    const before: Article = { ...changed, _status: 'draft', approval }
    const decision = decideWorkflow({
      operation: 'update',
      before,
      requested: { ...before, _status: 'published' },
      actor: actors.editor,
      now,
    })
    expect(decision.errors).toEqual([])
    expect(decision.next).toBe('published')
    expect(decision.history.at(-1)).toEqual({
      date: now.toISOString(),
      change: 'updated',
      publishedByName: 'Eli Editor',
      publishedBy: null,
      reviewedBy: REVIEWER,
      reviewedAt: approval.approvedAt,
      reason: null,
    })
    expect(decision.fields).toMatchObject({
      publishedFingerprint: approval.fingerprint,
      publishedAt: approvedAt,
      contentUpdatedAt: now.toISOString(),
      lastReviewedAt: approval.approvedAt,
      publishReason: null,
    })
  })

  it('an admin publishes unapproved content only with a reason of at least 10 characters', () => {
    const before = stored('draft')
    const publish = (publishReason: string) =>
      decideWorkflow({
        operation: 'update',
        before,
        requested: { ...before, _status: 'published', publishReason },
        actor: actors.admin,
        now,
      })
    expect(publish('urgent').errors[0]?.path).toBe('publishReason')
    const decision = publish('Crisis line number changed today')
    expect(decision.errors).toEqual([])
    expect(decision.history.at(-1)).toMatchObject({
      change: 'published-without-review',
      reviewedBy: null,
      reason: 'Crisis line number changed today',
    })
    expect(decision.fields.lastReviewedAt).toBeNull()
    // An editor with a reason is told only admins may.
    expect(
      decideWorkflow({
        operation: 'update',
        before,
        requested: { ...before, _status: 'published', publishReason: 'Crisis line number changed' },
        actor: actors.editor,
        now,
      }).errors[0]?.message,
    ).toBe('publishReason: only an admin may publish without a clinical approval')
  })

  it('revert to published keeps the published approval and history, for editors only', () => {
    const published = stored('published')
    const before: Article = {
      ...published,
      title: 'A draft in review',
      workflowState: 'in_review',
      _status: 'draft',
    }
    const revert = (actor: WorkflowActor) =>
      decideWorkflow({
        operation: 'update',
        before,
        requested: { ...published, _status: 'published', workflowState: 'published' },
        actor,
        publishedApproval: published.approval,
        now,
      })
    const decision = revert(actors.editor)
    expect(decision.errors).toEqual([])
    expect(decision.next).toBe('published')
    expect(decision.approval).toEqual(published.approval)
    expect(decision.history).toEqual(published.history)
    expect(revert(actors.writer).errors[0]?.path).toBe('_status')
  })

  it('a trusted server call without a user (a scheduled job) is held to approval, not to roles', () => {
    const system: WorkflowActor = { user: null, person: null }
    const approved = stored('approved')
    expect(
      decideWorkflow({
        operation: 'update',
        before: approved,
        requested: { ...approved, _status: 'published' },
        actor: system,
        now,
      }).history.at(-1),
    ).toMatchObject({ change: 'published', publishedByName: 'Haven', reviewedBy: REVIEWER })
    const draft = stored('draft')
    expect(
      outcome({
        operation: 'update',
        before: draft,
        requested: { ...draft, _status: 'published' },
        actor: system,
        now,
      }),
    ).toBe('×_status')
  })
})
