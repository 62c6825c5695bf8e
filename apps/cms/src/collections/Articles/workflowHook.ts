import { isClinicalCredential } from '@haven/schemas'
import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import {
  capabilitiesOf,
  contentFingerprint,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  nextReviewDue,
  publicationChange,
  readerVisibleFields,
  workflowStateLabels,
  workflowStates,
  type WorkflowState,
} from '../../lib/workflow'
import { refusalError } from '../../lib/refusal'
import { collections } from '../../slugs'

type Doc = Record<string, unknown>
type Approval = {
  approvedBy?: unknown
  reviewer?: unknown
  approvedAt?: string | null
  fingerprint?: string | null
}

const idOf = (value: unknown): string | null => {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}
const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((id): id is string => id !== null)
const toId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

/** Refuses the save with a sentence naming the field and the reason (see lib/refusal.ts). */
function reject(req: PayloadRequest, path: string, message: string): never {
  throw refusalError(req, { collection: collections.articles }, [{ path, message: `${path}: ${message}` }])
}

function stateOf(doc: Doc | undefined): WorkflowState {
  const state = doc?.workflowState
  if (typeof state === 'string' && (workflowStates as readonly string[]).includes(state))
    return state as WorkflowState
  return doc?._status === 'published' ? 'published' : 'draft'
}

async function personOf(req: PayloadRequest): Promise<Doc | null> {
  const id = idOf((req.user as { person?: unknown } | null)?.person)
  if (!id) return null
  const { docs } = await req.payload.find({
    collection: collections.people,
    where: { id: { equals: toId(id) } },
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (docs[0] as Doc | undefined) ?? null
}

/** Article fields outside the reviewed content whose changes are still someone's to make. */
const guardedFields = ['slug', 'meta', 'featured', 'internalNotes', 'reviewNote'] as const
const reviewerFields = new Set<string>(['internalNotes', 'reviewNote'])

/**
 * Comparable form of a value: ids for relationships, and no difference between unset, null, '', an
 * unticked box and a group with nothing in it (the admin sends each of them for "nothing").
 */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === false) return null
  if (Array.isArray(value)) return value.map(comparable)
  if (typeof value === 'object') {
    if ('id' in value) return String((value as { id: unknown }).id)
    const entries = Object.entries(value as Doc)
      .map(([key, inner]) => [key, comparable(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return entries.length ? Object.fromEntries(entries) : null
  }
  return typeof value === 'number' ? String(value) : value
}

/** Which of `fields` the save changes (fields it does not send keep their stored values). */
function changedFields(data: Doc, previous: Doc, fields: readonly string[]): string[] {
  return fields.filter(
    (field) =>
      field in data &&
      JSON.stringify(comparable(data[field])) !== JSON.stringify(comparable(previous[field])),
  )
}

/** The shortest review interval of the article's topics, or the default. */
async function reviewIntervalMonths(req: PayloadRequest, topics: unknown): Promise<number> {
  const ids = idsOf(topics).map(toId)
  if (ids.length === 0) return DEFAULT_REVIEW_INTERVAL_MONTHS
  const { docs } = await req.payload.find({
    collection: collections.topics,
    where: { id: { in: ids } },
    depth: 0,
    draft: true,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  const months = docs
    .map((topic) => (topic as { reviewIntervalMonths?: number | null }).reviewIntervalMonths)
    .filter((m): m is number => typeof m === 'number' && m > 0)
  return months.length ? Math.min(...months) : DEFAULT_REVIEW_INTERVAL_MONTHS
}

/**
 * The editorial workflow, enforced on every save of an article (REST, GraphQL, admin, Local API and
 * scheduled jobs alike):
 * - writers edit their own articles while drafts (or with changes requested, or to revise a published
 *   one) and submit them for review; they never approve or publish;
 * - clinical reviewers approve or request changes (with a note) and change no content; they cannot
 *   approve their own writing;
 * - a change readers would see after approval sends the article back to review;
 * - editors publish only the approved content; an admin may publish unapproved content with a reason;
 * - publishing sets the review and update dates and appends an entry to the public history.
 * The seed (`req.context.seeding`) supplies approvals and history itself.
 */
export const articleWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  if (req.context.seeding) return data
  const user = req.user
  const can = capabilitiesOf(user)
  const previous = operation === 'update' ? (originalDoc as Doc | undefined) : undefined
  const before = stateOf(previous)
  const requested = (data.workflowState as WorkflowState | undefined) ?? before
  const fingerprint = contentFingerprint(data)
  const contentChanged = !previous || contentFingerprint(previous) !== fingerprint
  const approval = ((previous?.approval as Approval | undefined) ?? {}) as Approval
  const person = user ? await personOf(req) : null
  const personId = person ? String(person.id) : null
  const isAuthor = personId !== null && idsOf(data.authors).includes(personId)
  const wasAuthor = personId !== null && (!previous || idsOf(previous.authors).includes(personId))
  let next: WorkflowState = requested
  // Bookkeeping comes from the stored document, never from the request: nobody forges an approval,
  // a history entry or a review date.
  for (const field of [
    'approval',
    'history',
    'publishedFingerprint',
    'publishedAt',
    'contentUpdatedAt',
    'lastReviewedAt',
  ])
    data[field] = previous?.[field] ?? (field === 'history' ? [] : field === 'approval' ? {} : null)

  // "Revert to published" (Payload's Status button) saves the published document's own data over the
  // pending draft: the content readers already see, with its state "Published". Editors and admins,
  // who may publish, may do it; it needs no review and adds nothing to the history.
  const reverting =
    operation === 'update' &&
    data._status === 'published' &&
    requested === 'published' &&
    before !== 'published' &&
    typeof previous?.publishedFingerprint === 'string' &&
    previous.publishedFingerprint === fingerprint
  if (reverting) {
    if (user && !can.publish)
      reject(
        req,
        '_status',
        'only editors and admins may revert to the published version; a writer revises the draft and a clinical reviewer requests changes with a note',
      )
    // The draft's approval (if any) was for content that is now dropped: keep the published one's.
    const main = (await req.payload.db.findOne({
      collection: collections.articles,
      where: { id: { equals: previous!.id as number | string } },
      req,
    })) as Doc | null
    data.approval = main?.approval ?? {}
    data.workflowState = 'published'
    data.publishReason = null
    return withReviewDue(req, data)
  }

  // Who may change the content at all (a trusted server-side call without a user may). A refusal names
  // the field that was changed, not the workflow.
  const changedContent = changedFields(data, previous ?? {}, readerVisibleFields)[0] ?? readerVisibleFields[0]
  if (user && contentChanged && !can.editor) {
    if (!can.writer)
      reject(
        req,
        changedContent,
        'a clinical reviewer cannot change an article’s content; request changes with a note instead',
      )
    if (!isAuthor || !wasAuthor)
      reject(req, 'authors', 'a writer may only write and edit articles they are an author of')
    if (previous && !['draft', 'changes_requested', 'published'].includes(before))
      reject(
        req,
        changedContent,
        `a writer cannot edit an article that is ${workflowStateLabels[before].toLowerCase()}; wait for the clinical review`,
      )
  }

  // Fields readers do not see still belong to someone: a writer changes only articles they write, and
  // never the reviewer's note; a clinical reviewer changes only the verdict, its note and internal notes.
  // A new article is compared with an empty one, so the same rules hold on create as on update.
  if (user && !can.editor) {
    const changed = changedFields(data, previous ?? {}, guardedFields)
    if (can.writer && !(can.reviewer && !isAuthor)) {
      if (changed.length && !(isAuthor && wasAuthor))
        reject(req, changed[0]!, 'a writer may only change articles they are an author of')
      if (changed.includes('reviewNote'))
        reject(
          req,
          'reviewNote',
          'the review note is the clinical reviewer’s; answer it by revising the article',
        )
      if (changed.includes('featured')) reject(req, 'featured', 'only editors choose the featured articles')
    } else {
      const notTheirs = changed.find((field) => !reviewerFields.has(field))
      if (notTheirs)
        reject(
          req,
          notTheirs,
          'a clinical reviewer changes only the workflow state, the review note and internal notes',
        )
    }
  }

  // Requested state changes.
  if (requested !== before || operation === 'create') {
    if (requested === 'published')
      reject(req, 'workflowState', 'an article becomes "Published" by publishing an approved version')
    if (requested === 'approved' || requested === 'changes_requested') {
      if (user && !can.reviewer)
        reject(req, 'workflowState', 'only a clinical reviewer may approve or request changes')
      if (before !== 'in_review')
        reject(
          req,
          'workflowState',
          `only an article in review can be approved or sent back (this one is ${workflowStateLabels[before].toLowerCase()})`,
        )
    }
    if (requested === 'changes_requested' && !String(data.reviewNote ?? '').trim())
      reject(req, 'reviewNote', 'say what needs to change when requesting changes')
    if (requested === 'in_review' || requested === 'draft') {
      if (user && !can.editor && !(can.writer && isAuthor))
        reject(
          req,
          'workflowState',
          'only an author or an editor may submit an article or return it to draft',
        )
      if (user && !can.editor && requested === 'draft' && before === 'in_review')
        reject(req, 'workflowState', 'a writer cannot withdraw an article from review')
    }
  }

  // A change readers would see, after approval, needs a new approval.
  if (contentChanged && (next === 'approved' || next === 'published') && requested === before)
    next = 'in_review'

  let nextApproval: Approval = approval
  if (next === 'approved' && requested !== before) {
    // The approving clinician must hold a clinical credential and not have written the article.
    if (user) {
      if (!person)
        reject(req, 'workflowState', 'your account is not linked to a person; an admin must link it first')
      const clinical = ((person.credentials as { abbreviation?: string }[] | undefined) ?? []).some((c) =>
        isClinicalCredential(c.abbreviation ?? ''),
      )
      if (!clinical) reject(req, 'workflowState', `${String(person.name)} holds no clinical credential`)
      if (isAuthor) reject(req, 'workflowState', 'a clinical reviewer cannot approve their own writing')
      const reviewers = idsOf(data.reviewers)
      if (!reviewers.includes(personId!)) data.reviewers = [...reviewers, personId!].map(toId)
    } else if (idsOf(data.reviewers).length === 0) {
      reject(req, 'reviewers', 'an approval needs a clinical reviewer')
    }
    nextApproval = {
      approvedBy: user ? user.id : null,
      reviewer: personId ? toId(personId) : (idsOf(data.reviewers).map(toId)[0] ?? null),
      approvedAt: new Date().toISOString(),
      fingerprint: contentFingerprint(data),
    }
  }

  // Publishing.
  const finalFingerprint = contentFingerprint(data)
  if (data._status === 'published') {
    if (user && !can.publish) reject(req, '_status', 'only editors and admins publish articles')
    const publishedBefore = typeof previous?.publishedFingerprint === 'string'
    const sameAsPublished = publishedBefore && previous?.publishedFingerprint === finalFingerprint
    const approved = nextApproval.fingerprint === finalFingerprint
    // A clinician approved since the last publication (not the approval readers' version already has).
    const newApproval = approved && (nextApproval.approvedAt ?? null) !== (previous?.lastReviewedAt ?? null)
    const reason = String(data.publishReason ?? '').trim()
    const worthRecording = (withoutReview: boolean) =>
      publicationChange({
        firstPublication: !publishedBefore,
        contentChanged: !sameAsPublished,
        newApproval,
        withoutReview,
      })
    if (worthRecording(false) === null) {
      // Readers keep seeing the content they saw (only `featured`, SEO fields or notes changed, or the
      // same version was scheduled again): nobody reviewed anything, so no review dates move and the
      // public history records nothing. A health publisher's history is what a reader's trust rests on
      // (when the content changed, when a clinician checked it); home-page placement or a search title
      // changes nothing they read, and listing those would bury the reviews.
      next = 'published'
      data.publishReason = null
    } else if (approved || (reason && (!user || can.admin))) {
      const overriding = !approved
      if (overriding && reason.length < 10)
        reject(
          req,
          'publishReason',
          'give a written reason (at least 10 characters) for publishing without approval',
        )
      const now = new Date().toISOString()
      const change = worthRecording(overriding)! // not null: the branch above took that case
      if (publishedBefore && !sameAsPublished) data.contentUpdatedAt = now
      if (!overriding) data.lastReviewedAt = nextApproval.approvedAt
      data.publishedAt = data.publishedAt ?? now
      const history = Array.isArray(previous?.history) ? [...(previous.history as Doc[])] : []
      history.push({
        date: now,
        change,
        publishedByName: user ? String((user as { name?: unknown }).name ?? user.email) : 'Haven',
        publishedBy: personId ? toId(personId) : null,
        reviewedBy: overriding ? null : (nextApproval.reviewer ?? null),
        reviewedAt: overriding ? null : nextApproval.approvedAt,
        reason: overriding ? reason : null,
      })
      data.history = history
      data.publishedFingerprint = finalFingerprint
      data.publishReason = null
      next = 'published'
    } else if (reason && user && !can.admin) {
      reject(req, 'publishReason', 'only an admin may publish without a clinical approval')
    } else {
      // An admin is told which field would let them through; anyone else, that publishing needs approval.
      const unapproved = `this version has not been approved by a clinical reviewer (it is ${workflowStateLabels[next].toLowerCase()})`
      if (can.admin)
        reject(
          req,
          'publishReason',
          `${unapproved}; approve it first, or give a written reason (at least 10 characters) to publish without approval`,
        )
      reject(req, '_status', `${unapproved}; an editor can publish only an approved version`)
    }
  }

  data.workflowState = next
  data.approval = nextApproval
  return withReviewDue(req, data)
}

/** Sets `nextReviewDue` from the last review and the article's topics (never from the request). */
async function withReviewDue(req: PayloadRequest, data: Doc): Promise<Doc> {
  const lastReviewed = data.lastReviewedAt ? new Date(String(data.lastReviewedAt)) : new Date()
  data.nextReviewDue = nextReviewDue(lastReviewed, await reviewIntervalMonths(req, data.topics)).toISOString()
  return data
}

/**
 * An update that names no `_status` must never unpublish an article by accident: Payload would take
 * the status of the latest version (a draft in review, say) and write it, with the draft's content, over
 * the published document. Such an update is saved as a draft when a draft is pending, and keeps the
 * document published otherwise. Only editors and admins may unpublish, or publish a published article
 * again; a writer or reviewer who tries to is told so.
 */
export const keepPublished: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const update = args as typeof args & {
    id?: number | string
    data?: Doc
    draft?: boolean
    overrideAccess?: boolean
  }
  if (update.id === undefined || !update.data || update.draft) return args
  const main = (await req.payload.db.findOne({
    collection: collections.articles,
    where: { id: { equals: update.id } },
    req,
  })) as Doc | null
  if (main?._status !== 'published') return args
  if (update.data._status === undefined) {
    const { docs } = await req.payload.db.findVersions({
      collection: collections.articles,
      where: { and: [{ parent: { equals: update.id } }, { latest: { equals: true } }] },
      limit: 1,
      req,
    })
    const latest = docs[0] as { version?: Doc } | undefined
    if (latest?.version?._status === 'draft') return { ...update, draft: true } as typeof args
    return { ...update, data: { ...update.data, _status: 'published' } } as typeof args
  }
  const can = capabilitiesOf(req.user)
  // Anyone but staff is refused by access, which says nothing of the article.
  if (!can.staff || can.publish || update.overrideAccess) return args
  if (update.data._status === 'draft') throw new Forbidden(req.t)
  // Access would answer a writer's or reviewer's publish with a bare 403; say why instead. The admin's
  // "Revert to published" sends the published document back as it is.
  if (update.data._status === 'published') {
    const reverting =
      update.data.workflowState === 'published' &&
      contentFingerprint(update.data) === main.publishedFingerprint
    throw refusalError(req, { collection: collections.articles }, [
      {
        path: '_status',
        message: reverting
          ? '_status: only editors and admins may revert to the published version; a writer revises the draft and a clinical reviewer requests changes with a note'
          : '_status: only editors and admins publish articles',
      },
    ])
  }
  return args
}
