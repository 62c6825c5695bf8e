/**
 * The editorial workflow holds over GraphQL writes too: every refusal of the access matrix
 * (`apps/cms/tests/int/workflow.int.test.ts`) for creating, editing, publishing and approving is tried
 * as a `createArticle` / `updateArticle` mutation on the running CMS, over HTTP with the demo accounts'
 * real tokens (and anonymously). Each must be refused with the rule's own message, and the article must
 * stay as it was; the same mutations by the roles the matrix allows succeed, so the checks can fail.
 * Articles made here have "GraphQL workflow test" in their title and are removed afterwards.
 */
import { personOf, signIn } from './support/cms'
import { stackInfo } from './support/stack-file'

const { cmsUrl } = stackInfo()
const MARK = 'GraphQL workflow test'
type Staff = 'writer' | 'reviewer' | 'editor' | 'admin'
type Role = 'anonymous' | Staff
type State = 'draft' | 'in_review' | 'approved' | 'published'
type Operation = 'create' | 'update' | 'publish' | 'approve'
type Doc = { id: number; title: string; workflowState: string; _status: string }

const tokens = {} as Record<Staff, string>
let base: Record<string, unknown>
let counter = 0
const made: number[] = []

async function rest(role: Staff, path: string, method: string, body?: unknown) {
  const response = await fetch(`${cmsUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[role]}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

beforeAll(async () => {
  for (const role of ['writer', 'reviewer', 'editor', 'admin'] as const)
    tokens[role] = (await signIn(`${role}@haven.test`)).token
  const writerPerson = personOf(await signIn('writer@haven.test'))
  const source = (
    (await rest('admin', '/articles?where[slug][equals]=what-is-cbt&depth=0', 'GET')) as {
      docs: Record<string, unknown>[]
    }
  ).docs[0]!
  base = {
    summary: 'A throw-away article for the GraphQL workflow test.',
    heroImage: source.heroImage,
    topics: source.topics,
    reviewers: source.reviewers,
    body: source.body,
    authors: [writerPerson],
  }
})

afterAll(async () => {
  for (const id of made) await rest('admin', `/articles/${id}`, 'DELETE').catch(() => undefined)
})

function articleData(extra: Record<string, unknown> = {}) {
  counter += 1
  return {
    ...base,
    title: `${MARK} ${counter}`,
    slug: `graphql-workflow-test-${counter}-${Date.now()}`,
    ...extra,
  }
}

/** A GraphQL request over HTTP as `role`; resolves to the mutation's document or the refusals' messages. */
async function graphql(
  role: Role,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ doc: Doc | null; messages: string[]; status: number }> {
  const response = await fetch(`${cmsUrl}/api/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(role === 'anonymous' ? {} : { Authorization: `JWT ${tokens[role]}` }),
    },
    body: JSON.stringify({ query, variables }),
  })
  const json = (await response.json()) as {
    data?: Record<string, Doc | null> | null
    errors?: { message: string; extensions?: { data?: { errors?: { message: string }[] } } }[]
  }
  // A validation refusal carries the rules' own messages in `extensions.data.errors`; others are one message.
  const messages = (json.errors ?? []).flatMap(
    (error) => error.extensions?.data?.errors?.map((inner) => inner.message) ?? [error.message],
  )
  const doc = json.data ? (Object.values(json.data)[0] ?? null) : null
  return { doc, messages, status: response.status }
}

const fields = 'id title workflowState _status'
const createArticle = (role: Role, data: Record<string, unknown>, draft: boolean) =>
  graphql(
    role,
    `mutation ($data: mutationArticleInput!, $draft: Boolean) { createArticle(data: $data, draft: $draft) { ${fields} } }`,
    { data, draft },
  )
const updateArticle = (role: Role, id: number, data: Record<string, unknown>, draft: boolean) =>
  graphql(
    role,
    `mutation ($id: Int!, $data: mutationArticleUpdateInput!, $draft: Boolean) { updateArticle(id: $id, data: $data, draft: $draft) { ${fields} } }`,
    { id, data, draft },
  )

/** An article whose working version is in `state`, brought there over REST the way the workflow does. */
async function articleIn(state: State): Promise<Doc> {
  let doc = ((await rest('writer', '/articles?draft=true&depth=0', 'POST', articleData())) as { doc: Doc })
    .doc
  made.push(doc.id)
  const step = async (role: Staff, data: Record<string, unknown>, draft = true) =>
    (doc = (
      (await rest(role, `/articles/${doc.id}?depth=0${draft ? '&draft=true' : ''}`, 'PATCH', data)) as {
        doc: Doc
      }
    ).doc)
  if (state === 'draft') return doc
  await step('writer', { workflowState: 'in_review' })
  if (state === 'in_review') return doc
  await step('reviewer', { workflowState: 'approved' })
  if (state === 'approved') return doc
  await step('editor', { _status: 'published' }, false)
  return doc
}

const latest = async (id: number) =>
  (await rest('admin', `/articles/${id}?draft=true&depth=0`, 'GET')) as unknown as Doc & {
    approval?: unknown
  }

const forbidden = 'You are not allowed to perform this action.'
const notApproved = (state: string) =>
  `_status: this version has not been approved by a clinical reviewer (it is ${state}); an editor can publish only an approved version`
const adminNotApproved = (state: string) =>
  `publishReason: this version has not been approved by a clinical reviewer (it is ${state}); approve it first, or give a written reason (at least 10 characters) to publish without approval`
const onlyReviewers = 'workflowState: only a clinical reviewer may approve or request changes'
const onlyInReview = (state: string) =>
  `workflowState: only an article in review can be approved or sent back (this one is ${state})`
const label: Record<State, string> = {
  draft: 'draft',
  in_review: 'in review',
  approved: 'approved',
  published: 'published',
}

/** Every refusal of the matrix for these operations, with the message it must be refused with. */
const refusals: [Operation, Role, State, string][] = [
  ...(['draft', 'in_review', 'approved', 'published'] as const).flatMap((state) => [
    ['create', 'anonymous', state, forbidden] as [Operation, Role, State, string],
    ['create', 'reviewer', state, forbidden] as [Operation, Role, State, string],
    ['update', 'anonymous', state, forbidden] as [Operation, Role, State, string],
    ['publish', 'anonymous', state, forbidden] as [Operation, Role, State, string],
    ['approve', 'anonymous', state, forbidden] as [Operation, Role, State, string],
  ]),
  // Publishing a published article is refused with the reason (the workflow says it before access
  // would answer a bare 403); an unpublished one is refused at the door.
  ...(['draft', 'in_review', 'approved', 'published'] as const).flatMap((state) =>
    (['writer', 'reviewer'] as const).map(
      (role) =>
        [
          'publish',
          role,
          state,
          state === 'published' ? '_status: only editors and admins publish articles' : forbidden,
        ] as [Operation, Role, State, string],
    ),
  ),
  // An article already approved is not approved again (see below): asking for it changes nothing.
  ...(['draft', 'in_review', 'published'] as const).flatMap((state) =>
    (['writer', 'editor', 'admin'] as const).map(
      (role) => ['approve', role, state, onlyReviewers] as [Operation, Role, State, string],
    ),
  ),
  ...(['writer', 'editor', 'admin'] as const).map(
    (role) => ['create', role, 'approved', onlyReviewers] as [Operation, Role, State, string],
  ),
  ['create', 'writer', 'published', '_status: only editors and admins publish articles'],
  ['create', 'editor', 'published', notApproved('draft')],
  ['create', 'admin', 'published', adminNotApproved('draft')],
  [
    'update',
    'writer',
    'in_review',
    'title: a writer cannot edit an article that is in review; wait for the clinical review',
  ],
  [
    'update',
    'writer',
    'approved',
    'title: a writer cannot edit an article that is approved; wait for the clinical review',
  ],
  ...(['draft', 'in_review', 'approved', 'published'] as const).map(
    (state) =>
      [
        'update',
        'reviewer',
        state,
        'title: a clinical reviewer cannot change an article’s content; request changes with a note instead',
      ] as [Operation, Role, State, string],
  ),
  ...(['draft', 'in_review'] as const).flatMap((state) => [
    ['publish', 'editor', state, notApproved(label[state])] as [Operation, Role, State, string],
    ['publish', 'admin', state, adminNotApproved(label[state])] as [Operation, Role, State, string],
  ]),
  ...(['draft', 'published'] as const).map(
    (state) => ['approve', 'reviewer', state, onlyInReview(label[state])] as [Operation, Role, State, string],
  ),
]

/** The mutation the matrix's operation stands for, on a fresh article in `state` (or a new one). */
async function attempt(operation: Operation, role: Role, state: State) {
  if (operation === 'create') {
    const published = state === 'published'
    const data = articleData(
      published ? { _status: 'published' } : { workflowState: state, _status: 'draft' },
    )
    const result = await createArticle(role, data, !published)
    if (result.doc) made.push(result.doc.id)
    return { result, before: null }
  }
  const before = await articleIn(state)
  const data =
    operation === 'update'
      ? { title: `${before.title} revised` }
      : operation === 'publish'
        ? { _status: 'published' }
        : { workflowState: 'approved' }
  return { result: await updateArticle(role, before.id, data, operation !== 'publish'), before }
}

describe('the workflow’s refusals through GraphQL mutations', () => {
  it.each(refusals)('%s as %s on an article %s is refused: %s', async (operation, role, state, message) => {
    const { result, before } = await attempt(operation, role, state)
    expect(result).toMatchObject({ doc: null, messages: [message] })
    if (before) {
      const after = await latest(before.id)
      expect({ title: after.title, workflowState: after.workflowState, _status: after._status }).toEqual({
        title: before.title,
        workflowState: before.workflowState,
        _status: before._status,
      })
    }
  })

  it.each(['writer', 'reviewer', 'editor', 'admin'] as const)(
    'approve as %s on an article already approved changes nothing: no new approval',
    async (role) => {
      const { result, before } = await attempt('approve', role, 'approved')
      const after = await latest(before!.id)
      expect(result.messages).toEqual([])
      expect(after.workflowState).toBe('approved')
      expect(after.approval).toEqual((before as unknown as { approval: unknown }).approval)
    },
  )

  it.each([
    ['create', 'writer', 'draft', 'draft'],
    ['create', 'editor', 'in_review', 'in_review'],
    ['update', 'writer', 'draft', 'draft'],
    ['update', 'editor', 'approved', 'in_review'],
    ['publish', 'editor', 'approved', 'published'],
    ['approve', 'reviewer', 'in_review', 'approved'],
  ] as const)(
    '%s as %s on an article %s is allowed (the article is then %s)',
    async (operation, role, state, next) => {
      const { result } = await attempt(operation, role, state)
      expect(result.messages).toEqual([])
      expect(result.doc?.workflowState).toBe(next)
    },
  )
})
