/**
 * Queues a scheduled publish exactly as the admin's "Schedule publish" drawer does
 * (`payload.jobs.queue` with the `schedulePublish` task and the scheduling user), against the running
 * stack's database. Usage: tsx queue-scheduled-publish.ts <articleId> <userId> <delay ms> <out file>.
 * The publish time is `delay` after the job is queued, not after the script starts: loading the
 * config takes seconds, and a time fixed before that could already have passed when the job lands.
 * The time used is written to <out file> (ISO 8601) for the test to compare against.
 * The job is then run by the stack's own CMS server (jobs.autoRun), which is what the test checks.
 */
import { writeFileSync } from 'node:fs'

import config from '../../../payload.config'
import { getPayload } from 'payload'

const [articleId, userId, delay, outFile] = process.argv.slice(2)
if (!articleId || !userId || !delay || !outFile)
  throw new Error('usage: queue-scheduled-publish <articleId> <userId> <delay ms> <out file>')
const payload = await getPayload({ config })
const waitUntil = new Date(Date.now() + Number(delay))
await payload.jobs.queue({
  task: 'schedulePublish',
  input: {
    type: 'publish',
    doc: { relationTo: 'articles', value: Number(articleId) },
    user: { relationTo: 'users', value: Number(userId) },
  },
  waitUntil,
})
writeFileSync(outFile, waitUntil.toISOString())
process.exit(0)
