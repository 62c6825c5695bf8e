import type { Payload, TypedUser } from 'payload'
import type { ReactNode } from 'react'

import { capabilitiesOf } from '../lib/workflow'
import { workflowStateLabels, type WorkflowState } from '../lib/workflowLabels'
import { collections } from '../slugs'
import { workflowCss } from './workflowStyles'

type Row = {
  id: number | string
  title: string
  workflowState?: WorkflowState | null
  nextReviewDue?: string | null
  updatedAt?: string | null
  reviewNote?: string | null
  reviewers?: unknown[] | null
  approval?: { approvedAt?: string | null; reviewer?: unknown } | null
}

const UPCOMING_DAYS = 60
const day = (iso?: string | null) =>
  iso
    ? new Date(iso).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : '—'

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  })

const idOf = (value: unknown): number | string | null => {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}
const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : null

const editHref = (id: number | string) => `/admin/collections/${collections.articles}/${id}`
const reviewHref = (id: number | string) => `${editHref(id)}/review`

type Scheduled = { jobId: number | string; id: number | string; title: string; type: string; at: string }

/**
 * Articles with a scheduled publish (or unpublish) still to run: the "scheduled" state of the
 * workflow, which Payload keeps as queued jobs rather than on the article.
 */
async function scheduledPublishes(payload: Payload, user?: TypedUser | null): Promise<Scheduled[]> {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  const wanted = jobs.flatMap((job) => {
    const input = job.input as { type?: string; doc?: { relationTo?: string; value?: unknown } } | null
    const id = input?.doc?.value
    return input?.doc?.relationTo === collections.articles &&
      (typeof id === 'number' || typeof id === 'string')
      ? [{ jobId: job.id, id, type: input.type ?? 'publish', at: job.waitUntil ?? job.createdAt }]
      : []
  })
  if (wanted.length === 0) return []
  // Titles are read as the user, so nobody learns of an article they may not see.
  const { docs } = await payload.find({
    collection: collections.articles,
    where: { id: { in: wanted.map((row) => row.id) } },
    draft: true,
    depth: 0,
    select: { title: true },
    // At most the 100 jobs read above: an explicit page, as every read with access control needs.
    limit: wanted.length,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const titles = new Map(docs.map((doc) => [String(doc.id), doc.title]))
  return wanted.flatMap((row) => {
    const title = titles.get(String(row.id))
    return title ? [{ ...row, title }] : []
  })
}

function Card({
  title,
  count,
  alert,
  empty,
  children,
}: {
  title: string
  count: number
  alert?: boolean
  empty: string
  children: ReactNode
}) {
  return (
    <div className="haven-card">
      <h3>
        {title}{' '}
        <span className={`haven-count${alert && count > 0 ? ' haven-count--alert' : ''}`}>{count}</span>
      </h3>
      {count === 0 ? <p>{empty}</p> : <ul>{children}</ul>}
    </div>
  )
}

function State({ state }: { state?: WorkflowState | null }) {
  const value = state ?? 'draft'
  return <span className={`haven-pill haven-pill--${value}`}>{workflowStateLabels[value]}</span>
}

/**
 * What needs each person, above the admin dashboard: a writer's own drafts and their state, a
 * clinical reviewer's queue (each a link to the review screen), for editors what is approved and
 * waiting to publish, what is scheduled and each reviewer's queue; and for everyone, the reviews that
 * are overdue (with who is asked; featured articles, the most read, first) or due soon.
 */
export async function ReviewDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const can = capabilitiesOf(user)
  if (!can.staff) return null
  const personId = idOf((user as { person?: unknown } | null | undefined)?.person)
  const now = new Date()
  const soon = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000)
  const read = { limit: 100, overrideAccess: false, user, pagination: false } as const
  const none = Promise.resolve({ docs: [] as unknown[] })
  const [mine, inReview, approved, overdue, upcoming, people, scheduled, accounts] = await Promise.all([
    can.writer && personId !== null
      ? payload.find({
          collection: collections.articles,
          where: {
            authors: { in: [personId] },
            workflowState: { in: ['draft', 'in_review', 'changes_requested', 'approved'] },
          },
          draft: true,
          sort: '-updatedAt',
          depth: 0,
          select: { title: true, workflowState: true, updatedAt: true, reviewNote: true },
          ...read,
        })
      : none,
    can.reviewer || can.editor
      ? payload.find({
          collection: collections.articles,
          where: { workflowState: { equals: 'in_review' } },
          draft: true,
          sort: 'updatedAt',
          depth: 1,
          select: { title: true, reviewers: true, updatedAt: true },
          ...read,
        })
      : none,
    can.editor
      ? payload.find({
          collection: collections.articles,
          where: { workflowState: { equals: 'approved' } },
          draft: true,
          sort: '-updatedAt',
          depth: 1,
          select: { title: true, approval: true },
          ...read,
        })
      : none,
    payload.find({
      collection: collections.articles,
      where: { _status: { equals: 'published' }, nextReviewDue: { less_than: now.toISOString() } },
      sort: ['-featured', 'nextReviewDue'],
      depth: 1,
      select: { title: true, nextReviewDue: true, reviewers: true },
      ...read,
    }),
    payload.find({
      collection: collections.articles,
      where: {
        _status: { equals: 'published' },
        nextReviewDue: { greater_than_equal: now.toISOString(), less_than: soon.toISOString() },
      },
      sort: 'nextReviewDue',
      depth: 1,
      select: { title: true, nextReviewDue: true, reviewers: true },
      ...read,
    }),
    can.editor
      ? payload.find({
          collection: collections.people,
          where: { roles: { contains: 'reviewer' } },
          sort: 'name',
          depth: 0,
          select: { name: true },
          ...read,
        })
      : none,
    can.editor ? scheduledPublishes(payload, user) : Promise.resolve([] as Scheduled[]),
    // Which clinicians can sign in: only their ids are used, to route work nobody could pick up.
    payload.find({
      collection: collections.users,
      where: { roles: { contains: 'reviewer' } },
      depth: 0,
      limit: 100,
      pagination: false,
      select: { person: true },
      overrideAccess: true,
    }),
  ])
  const signedUp = new Set(accounts.docs.map((account) => String(idOf(account.person))))
  const reviewing = inReview.docs as Row[]
  const queueOf = (id: number | string | null) =>
    reviewing.filter((doc) => {
      const ids = (doc.reviewers ?? []).map(idOf)
      return id === null ? ids.length === 0 : ids.includes(id)
    })
  // A reviewer's queue: articles assigned to them, and those no reviewer with an account is assigned
  // to (the same people the submission email goes to, so nothing waits where nobody looks).
  const myQueue = can.reviewer
    ? reviewing.filter((doc) => {
        const ids = (doc.reviewers ?? []).map((r) => String(idOf(r)))
        return (personId !== null && ids.includes(String(personId))) || !ids.some((id) => signedUp.has(id))
      })
    : []
  const asked = (doc: Row) => (doc.reviewers ?? []).map(nameOf).filter(Boolean).join(', ') || 'nobody yet'
  const due = (rows: Row[]) =>
    rows.map((row) => (
      <li key={row.id}>
        <a href={editHref(row.id)}>{row.title}</a>
        <span className="haven-meta">
          due {day(row.nextReviewDue)} · asked: {asked(row)}
        </span>
      </li>
    ))

  return (
    <section aria-labelledby="review-dashboard-heading" className="haven-dashboard">
      <style>{workflowCss}</style>
      <h2 id="review-dashboard-heading">Clinical reviews</h2>
      <div className="haven-grid">
        {can.writer ? (
          <Card title="My drafts" count={mine.docs.length} empty="No draft of yours is open.">
            {(mine.docs as Row[]).map((row) => (
              <li key={row.id}>
                <a href={editHref(row.id)}>{row.title}</a> <State state={row.workflowState} />
                <span className="haven-meta">
                  {row.workflowState === 'changes_requested' && row.reviewNote
                    ? `Reviewer’s note: ${row.reviewNote}`
                    : `updated ${day(row.updatedAt)}`}
                </span>
              </li>
            ))}
          </Card>
        ) : null}
        {can.reviewer ? (
          <Card
            title="My review queue"
            count={myQueue.length}
            alert
            empty="Nothing is waiting for your review."
          >
            {myQueue.map((row) => (
              <li key={row.id}>
                <a href={reviewHref(row.id)}>{row.title}</a>
                <span className="haven-meta">submitted {day(row.updatedAt)}</span>
              </li>
            ))}
          </Card>
        ) : null}
        {can.editor ? (
          <Card
            title="Approved, waiting to publish"
            count={approved.docs.length}
            alert
            empty="No approved version is waiting."
          >
            {(approved.docs as Row[]).map((row) => (
              <li key={row.id}>
                <a href={editHref(row.id)}>{row.title}</a>
                <span className="haven-meta">
                  approved {day(row.approval?.approvedAt)}
                  {nameOf(row.approval?.reviewer) ? ` by ${nameOf(row.approval?.reviewer)}` : ''}
                </span>
              </li>
            ))}
          </Card>
        ) : null}
        {can.editor ? (
          <Card title="Scheduled to publish" count={scheduled.length} empty="Nothing is scheduled.">
            {scheduled.map((row) => (
              <li key={row.jobId}>
                <a href={editHref(row.id)}>{row.title}</a>
                <span className="haven-meta">
                  {row.type === 'unpublish' ? 'unpublish' : 'publish'} {dateTime(row.at)}
                </span>
              </li>
            ))}
          </Card>
        ) : null}
        <Card title="Overdue reviews" count={overdue.docs.length} alert empty="No review is overdue.">
          {due(overdue.docs as Row[])}
        </Card>
        <Card
          title={`Due in the next ${UPCOMING_DAYS} days`}
          count={upcoming.docs.length}
          empty="No review is due soon."
        >
          {due(upcoming.docs as Row[])}
        </Card>
        {can.editor ? (
          <div className="haven-card">
            <h3>
              Waiting for review <span className="haven-count">{reviewing.length}</span>
            </h3>
            {[
              ...(people.docs as { id: number | string; name: string }[]).map((p) => ({
                id: p.id,
                name: p.name,
              })),
              { id: null, name: 'Not yet assigned' },
            ].map((reviewer) => {
              const rows = queueOf(reviewer.id)
              if (reviewer.id === null && rows.length === 0) return null
              return (
                <div key={String(reviewer.id)}>
                  <h4>
                    {reviewer.name} ({rows.length})
                  </h4>
                  {rows.length === 0 ? (
                    <p>Nothing waiting.</p>
                  ) : (
                    <ul>
                      {rows.map((row) => (
                        <li key={row.id}>
                          <a href={editHref(row.id)}>{row.title}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )
            })}
          </div>
        ) : null}
      </div>
    </section>
  )
}
