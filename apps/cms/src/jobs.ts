import type { JobsConfig } from 'payload'

import { hasRole } from './access/roles'
import { inNextServer } from './env'
import { notifyWeb } from './lib/revalidate'

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
  ],
}
