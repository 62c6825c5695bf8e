import type { JobsConfig, Payload, PayloadRequest } from 'payload'

import { hasRole } from './access/roles'
import { inNextServer } from './env'
import { notifyWeb } from './lib/revalidate'
import { idsOf, reviewDueEmail, workflowRecipients } from './lib/workflowEmails'
import { collections } from './slugs'

/** When the daily review reminder runs: 07:00 UTC, before the working day in Europe and the Americas' night. */
const REMINDER_HOUR_UTC = 7

export function nextReminderAt(now: Date): Date {
  const next = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), REMINDER_HOUR_UTC),
  )
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1)
  return next
}

/**
 * Emails each published article's clinical reviewers (or every reviewer, when none of them has an
 * account) and the editors when its review falls due: every article whose `nextReviewDue` passed
 * between `since` and `now`, so each is announced once. Returns how many articles fell due.
 */
export async function sendReviewReminders(
  payload: Payload,
  { since, now, req }: { since: Date; now: Date; req?: PayloadRequest },
): Promise<number> {
  const { docs } = await payload.find({
    collection: collections.articles,
    where: {
      _status: { equals: 'published' },
      nextReviewDue: { greater_than: since.toISOString(), less_than_equal: now.toISOString() },
    },
    sort: 'nextReviewDue',
    depth: 0,
    limit: 100,
    pagination: false,
    select: { title: true, nextReviewDue: true, reviewers: true },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  for (const doc of docs) {
    const to = await workflowRecipients(payload, {
      people: idsOf(doc.reviewers),
      fallbackRole: 'reviewer',
      role: 'editor',
      req,
    })
    const email = reviewDueEmail({
      id: doc.id,
      title: String(doc.title),
      nextReviewDue: String(doc.nextReviewDue),
    })
    for (const address of to) await payload.sendEmail({ to: address, ...email })
  }
  return docs.length
}

/**
 * Queues the next daily reminder unless one is waiting. The task queues its successor itself; this
 * starts the chain when the CMS server starts (config `onInit`). Payload's own `schedule` would need
 * its jobs-stats global, a table of its own, for this one daily job.
 */
export async function queueReviewReminder(
  payload: Payload,
  since: Date,
  req?: PayloadRequest,
): Promise<void> {
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'reviewsDue' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
      ],
    },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  if (waiting.totalDocs > 0) return
  await payload.jobs.queue({
    task: 'reviewsDue',
    input: { since: since.toISOString() },
    waitUntil: nextReminderAt(new Date()),
    queue: 'default',
    ...(req ? { req } : {}),
  })
}

/**
 * Scheduled publishing (`versions.drafts.schedulePublish` on articles) queues jobs; this runs them.
 * Every ten seconds, but only inside the CMS server (`next start` / `next dev`, where Next sets
 * NEXT_RUNTIME): tools that load the config (migrate, seed, tests) exit when done instead of keeping
 * a timer alive. Payload starts when the server answers its first request, and `npm start` and the
 * container health check both call `/api/health` at once. A scheduled publish runs as the user who
 * scheduled it, through the same hooks as a manual one (workflow rules, revalidation of the web app).
 *
 * `refreshWeb` tells the web app that cache tags changed at a set time, when nothing was saved: the
 * footer's trust badges appear and disappear on their dates this way.
 */
export const jobs: JobsConfig = {
  // Payload's default is "any signed-in user", directory members included. Running the queue by hand
  // (`/api/payload-jobs/run`) is an admin's request; queueing or cancelling one, an editor's or admin's.
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => hasRole(req.user, 'admin', 'editor'),
    cancel: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  },
  // One queue and one runner: each run writes to the jobs table, and on SQLite every write takes the lock.
  autoRun: () => (inNextServer ? [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }] : []),
  tasks: [
    {
      slug: 'refreshWeb',
      label: 'Refresh reader pages',
      inputSchema: [{ name: 'tags', type: 'text', hasMany: true, required: true }],
      retries: 5,
      handler: async ({ input, req }) => {
        // A web app that is down gets the notice on a retry (notifyWeb itself never throws).
        if (!(await notifyWeb(req.payload, input.tags)))
          throw new Error(`the web app did not take the notice for ${input.tags.join(', ')}`)
        return { output: {} }
      },
    },
    {
      slug: 'reviewsDue',
      label: 'Email reviews that fell due',
      inputSchema: [{ name: 'since', type: 'date' }],
      outputSchema: [{ name: 'due', type: 'number' }],
      retries: 3,
      handler: async ({ input, req }) => {
        const now = new Date()
        const since = input.since ? new Date(input.since) : new Date(now.getTime() - 86_400_000)
        const due = await sendReviewReminders(req.payload, { since, now, req })
        // Tomorrow's run picks up from here, so nothing falls between two runs or is sent twice.
        await req.payload.jobs.queue({
          task: 'reviewsDue',
          input: { since: now.toISOString() },
          waitUntil: nextReminderAt(now),
          queue: 'default',
          req,
        })
        return { output: { due } }
      },
    },
  ],
}
