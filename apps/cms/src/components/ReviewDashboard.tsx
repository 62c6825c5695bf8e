import type { Payload, TypedUser } from 'payload'

import { capabilitiesOf } from '../lib/workflow'
import { collections } from '../slugs'

type Row = { id: number | string; title: string; nextReviewDue?: string | null; reviewers?: unknown[] | null }

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

function ArticleLinks({ rows, empty, showDue }: { rows: Row[]; empty: string; showDue?: boolean }) {
  if (rows.length === 0) return <p>{empty}</p>
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.id}>
          <a href={`/admin/collections/${collections.articles}/${row.id}`}>{row.title}</a>
          {showDue ? ` (due ${day(row.nextReviewDue)})` : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * The editorial overview above the admin dashboard: clinical reviews that are overdue or due soon
 * (from each article's next-review date), what is scheduled to publish, and each reviewer's queue of
 * articles waiting in review.
 */
export async function ReviewDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!capabilitiesOf(user).staff) return null
  const now = new Date()
  const soon = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000)
  const read = { depth: 0, limit: 100, overrideAccess: false, user, pagination: false } as const
  const select = { title: true, nextReviewDue: true, reviewers: true } as const
  const [overdue, upcoming, inReview, people, scheduled] = await Promise.all([
    payload.find({
      collection: collections.articles,
      where: { _status: { equals: 'published' }, nextReviewDue: { less_than: now.toISOString() } },
      sort: 'nextReviewDue',
      select,
      ...read,
    }),
    payload.find({
      collection: collections.articles,
      where: {
        _status: { equals: 'published' },
        nextReviewDue: { greater_than_equal: now.toISOString(), less_than: soon.toISOString() },
      },
      sort: 'nextReviewDue',
      select,
      ...read,
    }),
    payload.find({
      collection: collections.articles,
      where: { workflowState: { equals: 'in_review' } },
      draft: true,
      sort: 'updatedAt',
      select,
      ...read,
    }),
    payload.find({
      collection: collections.people,
      where: { roles: { contains: 'reviewer' } },
      sort: 'name',
      select: { name: true },
      ...read,
    }),
    scheduledPublishes(payload, user),
  ])
  const queue = (personId: number | string | null) =>
    (inReview.docs as Row[]).filter((doc) => {
      const ids = (doc.reviewers ?? []).map((r) =>
        r && typeof r === 'object' ? (r as { id: unknown }).id : r,
      )
      return personId === null ? ids.length === 0 : ids.includes(personId)
    })
  return (
    <section aria-labelledby="review-dashboard-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="review-dashboard-heading">Clinical reviews</h2>
      <div
        style={{
          display: 'grid',
          gap: '1.5rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
        }}
      >
        <div>
          <h3>Overdue ({overdue.docs.length})</h3>
          <ArticleLinks rows={overdue.docs as Row[]} empty="No review is overdue." showDue />
        </div>
        <div>
          <h3>
            Due in the next {UPCOMING_DAYS} days ({upcoming.docs.length})
          </h3>
          <ArticleLinks rows={upcoming.docs as Row[]} empty="No review is due soon." showDue />
        </div>
        <div>
          <h3>Scheduled to publish ({scheduled.length})</h3>
          {scheduled.length === 0 ? (
            <p>Nothing is scheduled.</p>
          ) : (
            <ul>
              {scheduled.map((row) => (
                <li key={row.jobId}>
                  <a href={`/admin/collections/${collections.articles}/${row.id}`}>{row.title}</a> (
                  {row.type === 'unpublish' ? 'unpublish' : 'publish'} {dateTime(row.at)})
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Waiting for review ({inReview.docs.length})</h3>
          {[
            ...people.docs.map((p) => ({ id: p.id, name: p.name })),
            { id: null, name: 'Not yet assigned' },
          ].map((reviewer) => {
            const rows = queue(reviewer.id)
            if (reviewer.id === null && rows.length === 0) return null
            return (
              <div key={String(reviewer.id)}>
                <h4>
                  {reviewer.name} ({rows.length})
                </h4>
                <ArticleLinks rows={rows} empty="Nothing waiting." />
              </div>
            )
          })}
        </div>
      </div>
    </section>
  )
}
