/**
 * The editorial workflow's pure rules: which fields readers see (and so need clinical approval), the
 * fingerprint of that content, and when an article is next due for review. Hooks and access rules use
 * these; they have no database or request of their own.
 */
import { createHash } from 'node:crypto'

import { isStaff } from '../access/isStaff'
import { hasRole } from '../access/roles'

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
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** JSON with object keys sorted, so the same content always gives the same string. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
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
export function contentFingerprint(doc: Record<string, unknown>): string {
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
