/**
 * Queues a scheduled publish exactly as the admin's "Schedule publish" drawer does
 * (`payload.jobs.queue` with the `schedulePublish` task and the scheduling user), against the running
 * stack's database. Usage: tsx queue-scheduled-publish.ts <articleId> <userId> <ISO time>.
 * The job is then run by the stack's own CMS server (jobs.autoRun), which is what the test checks.
 */
import config from '../../../payload.config'
import { getPayload } from 'payload'

const [articleId, userId, when] = process.argv.slice(2)
if (!articleId || !userId || !when)
  throw new Error('usage: queue-scheduled-publish <articleId> <userId> <ISO time>')
const payload = await getPayload({ config })
await payload.jobs.queue({
  task: 'schedulePublish',
  input: {
    type: 'publish',
    doc: { relationTo: 'articles', value: Number(articleId) },
    user: { relationTo: 'users', value: Number(userId) },
  },
  waitUntil: new Date(when),
})
process.exit(0)
