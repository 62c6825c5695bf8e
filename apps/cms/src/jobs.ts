import type { JobsConfig } from 'payload'

/**
 * Scheduled publishing (`versions.drafts.schedulePublish` on articles) queues jobs; this runs them.
 * Every ten seconds, but only inside the CMS server (`next start` / `next dev`, where Next sets
 * NEXT_RUNTIME): tools that load the config (migrate, seed, tests) exit when done instead of keeping
 * a timer alive. Payload starts when the server answers its first request, and `npm start` and the
 * container health check both call `/api/health` at once. A scheduled publish runs as the user who
 * scheduled it, through the same hooks as a manual one (workflow rules, revalidation of the web app).
 */
export const jobs: JobsConfig = {
  autoRun: () => (process.env.NEXT_RUNTIME ? [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }] : []),
}
