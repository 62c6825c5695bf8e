/**
 * The editorial workflow's pure rules: which fields readers see (and so need clinical approval), the
 * fingerprint of that content, and when an article is next due for review. Hooks and access rules use
 * these; they have no database or request of their own. `decideWorkflow` holds every rule of a save.
 */
import { createHash } from 'node:crypto'

import { isStaff } from '../access/isStaff'
import { hasRole } from '../access/roles'
import type { Article } from '../payload-types'
import type { Problem } from './refusal'

/** States of an article's working version (stored on every version as `workflowState`). */
export const workflowStates = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type WorkflowState = (typeof workflowStates)[number]

export const workflowStateLabels: Record<WorkflowState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
}

/**
 * Fields whose change readers would see: a change to any of them after approval needs a new approval.
 * Partners live in the body's offer blocks, so they are covered by `body`; cited sources are clinical
 * content like the body. SEO fields (`meta`), `featured`, internal notes and the workflow's own fields
 * are not here on purpose.
 */
export const readerVisibleFields = [
  'title',
  'summary',
  'body',
  'sources',
  'heroImage',
  'authors',
  'reviewers',
  'topics',
] as const
export type ReaderVisibleField = (typeof readerVisibleFields)[number]

/** What a history entry says happened when a version was published. */
export const historyChanges = ['published', 'updated', 'reviewed', 'published-without-review'] as const
export type HistoryChange = (typeof historyChanges)[number]

/**
 * What a publication records in the public history, or `null` when nothing a reader relies on happened
 * (the content readers already see, with no new clinical approval: a change to `featured`, SEO fields or
 * notes, or the same version scheduled again). Only a new approval of unchanged content is a re-review.
 */
export function publicationChange({
  firstPublication,
  contentChanged,
  newApproval,
  withoutReview,
}: {
  /** Never published before. */
  firstPublication: boolean
  /** What readers would see differs from the published version. */
  contentChanged: boolean
  /** A clinician approved this content since the last publication. */
  newApproval: boolean
  /** An admin publishes it without an approval, with a reason. */
  withoutReview: boolean
}): HistoryChange | null {
  if (!firstPublication && !contentChanged && !newApproval) return null
  if (withoutReview) return 'published-without-review'
  if (firstPublication) return 'published'
  return contentChanged ? 'updated' : 'reviewed'
}

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? value.id : value

/** JSON with object keys sorted, so the same content always gives the same string. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

const sourceKeys = ['title', 'publisher', 'year', 'url', 'doi', 'pmid'] as const

/**
 * Sources by what they say, in order (their row ids are storage, not content; an empty DOI is one
 * left out). No sources count as no field, so approvals given before sources existed still hold.
 */
function visibleSources(value: unknown): unknown {
  if (!Array.isArray(value) || value.length === 0) return undefined
  return value.map((row: Record<string, unknown> | null) =>
    Object.fromEntries(sourceKeys.map((key) => [key, row?.[key] === '' ? null : (row?.[key] ?? null)])),
  )
}

/**
 * A hash of what readers would see of an article. Relationships count by id (populated or not), the
 * body by its exact JSON (keys sorted), sources by their fields. Approval stores it; a save whose
 * fingerprint differs from the approved one is content that nobody has approved.
 */
export function contentFingerprint(doc: Partial<Article> | Record<string, unknown>): string {
  const visible: Record<string, unknown> = {}
  for (const field of readerVisibleFields) {
    const value = doc[field]
    visible[field] =
      field === 'sources'
        ? visibleSources(value)
        : Array.isArray(value) && field !== 'body'
          ? value.map(idOf).map(String)
          : idOf(value)
  }
  return createHash('sha256').update(stableJson(visible)).digest('hex')
}

/** The default review interval when no topic of the article sets one. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/**
 * When an article is next due for clinical review: `months` after its last review (or `from`, for one
 * never reviewed). The shortest interval of its topics wins; the month end is clamped (31 Jan + 1 → 28/29 Feb).
 */
export function nextReviewDue(lastReviewed: Date, months: number): Date {
  const due = new Date(lastReviewed)
  const day = due.getUTCDate()
  due.setUTCDate(1)
  due.setUTCMonth(due.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate()
  due.setUTCDate(Math.min(day, lastDay))
  return due
}

type WorkflowUser = { roles?: readonly string[] | null; collection?: string } | null | undefined

/** What a signed-in user may do in the workflow, from their roles. */
export function capabilitiesOf(user: WorkflowUser) {
  const editor = hasRole(user, 'admin', 'editor')
  return {
    staff: isStaff(user),
    admin: hasRole(user, 'admin'),
    editor,
    writer: hasRole(user, 'writer'),
    reviewer: hasRole(user, 'reviewer'),
    /** Editors and admins publish (an approved version; admins may override with a reason). */
    publish: editor,
  }
}

// ---------------------------------------------------------------------------------------------------
// The decision: every transition and field-ownership rule of a save, in one pure function.
// ---------------------------------------------------------------------------------------------------

export type Approval = NonNullable<Article['approval']>
export type HistoryEntry = NonNullable<Article['history']>[number]

/** Who saves: the signed-in user (null for a trusted server-side call) and the person they act as. */
export type WorkflowActor = {
  user: (NonNullable<WorkflowUser> & { id: number; name?: string | null; email?: string | null }) | null
  /** The person linked to the user (`users.person`), with whether they hold a clinical credential. */
  person: { id: number; name: string; clinical: boolean } | null
}

export type WorkflowInput = {
  operation: 'create' | 'update'
  /** The stored article (its latest version), on update. */
  before?: Article | undefined
  /** What the save sends (Payload's `data`): fields it leaves out keep their stored values. */
  requested: Partial<Article>
  actor: WorkflowActor
  /**
   * The published document's approval, when the save is a revert to published (see
   * `revertsToPublished`): the draft's approval is for content the revert drops.
   */
  publishedApproval?: Approval | null | undefined
  now: Date
}

/** The fields the workflow owns, as the save is to store them. */
export type WorkflowFields = Pick<
  Article,
  'publishedFingerprint' | 'publishedAt' | 'contentUpdatedAt' | 'lastReviewedAt'
> & {
  /** Set (to null) when the reason was used or is moot; left out, the request's value stands. */
  publishReason?: null
  /** Set when an approving clinician is added to the article's reviewers. */
  reviewers?: number[]
}

export type WorkflowDecision = {
  /** The first rule the save breaks (each names the field and the rule); empty when it may be saved. */
  errors: Problem[]
  next: WorkflowState
  approval: Approval
  history: HistoryEntry[]
  fields: WorkflowFields
}

/** Article fields outside the reviewed content whose changes are still someone's to make. */
export const guardedFields = ['slug', 'meta', 'featured', 'internalNotes', 'reviewNote'] as const
const reviewerFields = new Set<string>(['internalNotes', 'reviewNote'])

/** Ids (as strings) of a relationship value, populated or not. */
export function idsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [])
    .map((v: unknown) => idOf(v))
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
    .map(String)
}

/** The state of a stored article: its `workflowState`, or (for one saved before the workflow) its status. */
export function stateOf(doc: Pick<Article, 'workflowState' | '_status'> | undefined): WorkflowState {
  return doc?.workflowState ?? (doc?._status === 'published' ? 'published' : 'draft')
}

/**
 * Comparable form of a value: ids for relationships, and no difference between unset, null, '', an
 * unticked box and a group with nothing in it (the admin sends each of them for "nothing").
 */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === false) return null
  if (Array.isArray(value)) return value.map(comparable)
  if (typeof value === 'object') {
    if ('id' in value) return String(value.id)
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, comparable(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return entries.length ? Object.fromEntries(entries) : null
  }
  return typeof value === 'number' ? String(value) : value
}

/** Which of `fields` the save changes (fields it does not send keep their stored values). */
export function changedFields<F extends keyof Article>(
  requested: Partial<Article>,
  before: Partial<Article>,
  fields: readonly F[],
): F[] {
  return fields.filter(
    (field) =>
      field in requested &&
      JSON.stringify(comparable(requested[field])) !== JSON.stringify(comparable(before[field])),
  )
}

/**
 * "Revert to published" (Payload's Status button) saves the published document's own data over the
 * pending draft: the content readers already see, with its state "Published".
 */
export function revertsToPublished({ operation, before, requested }: WorkflowInput): boolean {
  return (
    operation === 'update' &&
    requested._status === 'published' &&
    (requested.workflowState ?? stateOf(before)) === 'published' &&
    stateOf(before) !== 'published' &&
    typeof before?.publishedFingerprint === 'string' &&
    before.publishedFingerprint === contentFingerprint(requested)
  )
}

class Refused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message)
  }
}

/** Stops the decision with a refusal naming the field (`path: reason`, see lib/refusal.ts). */
function refuse(path: string, reason: string): never {
  throw new Refused({ path, message: `${path}: ${reason}` })
}

/**
 * The editorial workflow's answer to one save of an article (REST, GraphQL, admin, Local API and
 * scheduled jobs alike; the hook in collections/Articles gathers the inputs and applies the answer):
 * - writers edit their own articles while drafts (or with changes requested, or to revise a published
 *   one) and submit them for review; they never approve or publish;
 * - clinical reviewers approve or request changes (with a note) and change no content; they cannot
 *   approve their own writing;
 * - a change readers would see after approval sends the article back to review;
 * - editors publish only the approved content; an admin may publish unapproved content with a reason;
 * - publishing sets the review and update dates and appends an entry to the public history.
 * Bookkeeping (approval, history, review dates, fingerprints) comes from `before`, never from the
 * request: nobody forges an approval, a history entry or a review date.
 */
export function decideWorkflow(input: WorkflowInput): WorkflowDecision {
  const previous = input.operation === 'update' ? input.before : undefined
  const kept: WorkflowDecision = {
    errors: [],
    next: stateOf(previous),
    approval: previous?.approval ?? {},
    history: previous?.history ?? [],
    fields: {
      publishedFingerprint: previous?.publishedFingerprint ?? null,
      publishedAt: previous?.publishedAt ?? null,
      contentUpdatedAt: previous?.contentUpdatedAt ?? null,
      lastReviewedAt: previous?.lastReviewedAt ?? null,
    },
  }
  try {
    return decide(input, kept)
  } catch (error) {
    if (error instanceof Refused) return { ...kept, errors: [error.problem] }
    throw error
  }
}

function decide(input: WorkflowInput, kept: WorkflowDecision): WorkflowDecision {
  const { operation, requested, actor, now } = input
  const previous = operation === 'update' ? input.before : undefined
  const { user, person } = actor
  const can = capabilitiesOf(user)
  const before = stateOf(previous)
  const requestedState = requested.workflowState ?? before
  const fingerprint = contentFingerprint(requested)
  const contentChanged = !previous || contentFingerprint(previous) !== fingerprint
  const personId = person ? String(person.id) : null
  const isAuthor = personId !== null && idsOf(requested.authors).includes(personId)
  const wasAuthor = personId !== null && (!previous || idsOf(previous.authors).includes(personId))
  const fields: WorkflowFields = { ...kept.fields }
  let next: WorkflowState = requestedState

  // Editors and admins, who may publish, may revert to published; it needs no review and adds nothing
  // to the history. The article keeps the published version's approval.
  if (revertsToPublished(input)) {
    if (user && !can.publish)
      refuse(
        '_status',
        'only editors and admins may revert to the published version; a writer revises the draft and a clinical reviewer requests changes with a note',
      )
    return {
      ...kept,
      next: 'published',
      approval: input.publishedApproval ?? {},
      fields: { ...fields, publishReason: null },
    }
  }

  // Who may change the content at all (a trusted server-side call without a user may). A refusal names
  // the field that was changed, not the workflow.
  const changedContent =
    changedFields(requested, previous ?? {}, readerVisibleFields)[0] ?? readerVisibleFields[0]
  if (user && contentChanged && !can.editor) {
    if (!can.writer)
      refuse(
        changedContent,
        'a clinical reviewer cannot change an article’s content; request changes with a note instead',
      )
    if (!isAuthor || !wasAuthor)
      refuse('authors', 'a writer may only write and edit articles they are an author of')
    if (previous && !['draft', 'changes_requested', 'published'].includes(before))
      refuse(
        changedContent,
        `a writer cannot edit an article that is ${workflowStateLabels[before].toLowerCase()}; wait for the clinical review`,
      )
  }

  // Fields readers do not see still belong to someone: a writer changes only articles they write, and
  // never the reviewer's note; a clinical reviewer changes only the verdict, its note and internal notes.
  // A new article is compared with an empty one, so the same rules hold on create as on update.
  if (user && !can.editor) {
    const changed = changedFields(requested, previous ?? {}, guardedFields)
    if (can.writer && !(can.reviewer && !isAuthor)) {
      if (changed[0] && !(isAuthor && wasAuthor))
        refuse(changed[0], 'a writer may only change articles they are an author of')
      if (changed.includes('reviewNote'))
        refuse('reviewNote', 'the review note is the clinical reviewer’s; answer it by revising the article')
      if (changed.includes('featured')) refuse('featured', 'only editors choose the featured articles')
    } else {
      const notTheirs = changed.find((field) => !reviewerFields.has(field))
      if (notTheirs)
        refuse(
          notTheirs,
          'a clinical reviewer changes only the workflow state, the review note and internal notes',
        )
    }
  }

  // Requested state changes.
  if (requestedState !== before || operation === 'create') {
    if (requestedState === 'published')
      refuse('workflowState', 'an article becomes "Published" by publishing an approved version')
    if (requestedState === 'approved' || requestedState === 'changes_requested') {
      if (user && !can.reviewer)
        refuse('workflowState', 'only a clinical reviewer may approve or request changes')
      if (before !== 'in_review')
        refuse(
          'workflowState',
          `only an article in review can be approved or sent back (this one is ${workflowStateLabels[before].toLowerCase()})`,
        )
    }
    if (requestedState === 'changes_requested' && !(requested.reviewNote ?? '').trim())
      refuse('reviewNote', 'say what needs to change when requesting changes')
    if (requestedState === 'in_review' || requestedState === 'draft') {
      if (user && !can.editor && !(can.writer && isAuthor))
        refuse('workflowState', 'only an author or an editor may submit an article or return it to draft')
      if (user && !can.editor && requestedState === 'draft' && before === 'in_review')
        refuse('workflowState', 'a writer cannot withdraw an article from review')
    }
  }

  // A change readers would see, after approval, needs a new approval.
  if (contentChanged && (next === 'approved' || next === 'published') && requestedState === before)
    next = 'in_review'

  // The content as it will be stored (the approving clinician joins the reviewers).
  let content: Partial<Article> = requested
  let approval: Approval = kept.approval
  if (next === 'approved' && requestedState !== before) {
    // The approving clinician must hold a clinical credential and not have written the article.
    if (user) {
      if (!person)
        refuse('workflowState', 'your account is not linked to a person; an admin must link it first')
      if (!person.clinical) refuse('workflowState', `${person.name} holds no clinical credential`)
      if (isAuthor) refuse('workflowState', 'a clinical reviewer cannot approve their own writing')
      const reviewers = idsOf(requested.reviewers)
      if (!reviewers.includes(String(person.id))) {
        fields.reviewers = [...reviewers.map(Number), person.id]
        content = { ...requested, reviewers: fields.reviewers }
      }
    } else if (idsOf(requested.reviewers).length === 0) {
      refuse('reviewers', 'an approval needs a clinical reviewer')
    }
    const firstReviewer = idsOf(content.reviewers)[0]
    approval = {
      approvedBy: user ? user.id : null,
      reviewer: person ? person.id : firstReviewer !== undefined ? Number(firstReviewer) : null,
      approvedAt: now.toISOString(),
      fingerprint: contentFingerprint(content),
    }
  }

  let history = kept.history
  if (requested._status === 'published') {
    const published = publish({ input, previous, content, approval, next })
    next = 'published'
    history = published.history ?? history
    Object.assign(fields, published.fields)
  }
  return { errors: [], next, approval, history, fields }
}

/** A publication: what it records, or the refusal when this version may not be published. */
function publish({
  input: { actor, requested, now },
  previous,
  content,
  approval,
  next,
}: {
  input: WorkflowInput
  previous: Article | undefined
  content: Partial<Article>
  approval: Approval
  next: WorkflowState
}): { history?: HistoryEntry[]; fields: Partial<WorkflowFields> } {
  const { user, person } = actor
  const can = capabilitiesOf(user)
  if (user && !can.publish) refuse('_status', 'only editors and admins publish articles')
  const finalFingerprint = contentFingerprint(content)
  const publishedBefore = typeof previous?.publishedFingerprint === 'string'
  const sameAsPublished = publishedBefore && previous?.publishedFingerprint === finalFingerprint
  const approved = approval.fingerprint === finalFingerprint
  // A clinician approved since the last publication (not the approval readers' version already has).
  const newApproval = approved && (approval.approvedAt ?? null) !== (previous?.lastReviewedAt ?? null)
  const reason = (requested.publishReason ?? '').trim()
  const change = (withoutReview: boolean) =>
    publicationChange({
      firstPublication: !publishedBefore,
      contentChanged: !sameAsPublished,
      newApproval,
      withoutReview,
    })
  if (change(false) === null) {
    // Readers keep seeing the content they saw (only `featured`, SEO fields or notes changed, or the
    // same version was scheduled again): nobody reviewed anything, so no review dates move and the
    // public history records nothing. A health publisher's history is what a reader's trust rests on
    // (when the content changed, when a clinician checked it); home-page placement or a search title
    // changes nothing they read, and listing those would bury the reviews.
    return { fields: { publishReason: null } }
  }
  if (approved || (reason && (!user || can.admin))) {
    const overriding = !approved
    if (overriding && reason.length < 10)
      refuse(
        'publishReason',
        'give a written reason (at least 10 characters) for publishing without approval',
      )
    const date = now.toISOString()
    const entry: HistoryEntry = {
      date,
      change: change(overriding) ?? 'published', // never null here: the branch above took that case
      publishedByName: user ? (user.name ?? user.email ?? 'Haven') : 'Haven',
      publishedBy: person ? person.id : null,
      reviewedBy: overriding ? null : (approval.reviewer ?? null),
      reviewedAt: overriding ? null : approval.approvedAt,
      reason: overriding ? reason : null,
    }
    return {
      history: [...(previous?.history ?? []), entry],
      fields: {
        publishedFingerprint: finalFingerprint,
        publishedAt: previous?.publishedAt ?? date,
        ...(publishedBefore && !sameAsPublished ? { contentUpdatedAt: date } : {}),
        ...(overriding ? {} : { lastReviewedAt: approval.approvedAt ?? null }),
        publishReason: null,
      },
    }
  }
  if (reason && user && !can.admin)
    refuse('publishReason', 'only an admin may publish without a clinical approval')
  // An admin is told which field would let them through; anyone else, that publishing needs approval.
  const unapproved = `this version has not been approved by a clinical reviewer (it is ${workflowStateLabels[next].toLowerCase()})`
  if (can.admin)
    refuse(
      'publishReason',
      `${unapproved}; approve it first, or give a written reason (at least 10 characters) to publish without approval`,
    )
  refuse('_status', `${unapproved}; an editor can publish only an approved version`)
}
