/**
 * Adds generated content to the configured database for the cost-growth benchmark:
 * `tsx bench/growth/generate.ts --articles=900 --batch=b2 [--api=40]` (cwd apps/cms, env from `toolEnv`).
 *
 * Two tools: the first `--api` articles (and the people, topics and partners) go through Payload's
 * Local API (`local-api.ts`); the rest are copies of those made in SQL, SQLite only (`clone.ts`),
 * because 10,000 Local API saves take most of an hour on these machines. Prints one JSON line at the
 * end with the counts and timings.
 */
import { createInterface } from 'node:readline'

import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { cloneArticles } from './clone'
import { addViaLocalApi } from './local-api'
import type { Added } from './shared'

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

/** Adds `count` articles (the first `viaApi` through the Local API) and their people, topics and partners. */
async function addContent(payload: Payload, count: number, viaApi: number, batch: string): Promise<Added> {
  if (!Number.isInteger(count) || count <= 0) throw new Error('articles: must be a positive integer')
  if (!/^[a-z0-9]+$/.test(batch)) throw new Error('batch: must be lower-case letters and digits')
  const started = performance.now()
  const made = await addViaLocalApi(payload, { count, viaApi, batch })
  const apiSeconds = (performance.now() - started) / 1000
  const cloned = await cloneArticles(payload, {
    templates: made.templates,
    from: viaApi,
    count: count - viaApi,
    batch,
    writers: made.writers,
    reviewers: made.reviewers,
    topics: made.topics,
    shared: made.shared,
  })
  const seconds = (performance.now() - started) / 1000
  return {
    articles: count,
    people: made.writers.length + made.reviewers.length,
    topics: made.topics.length,
    partners: made.partners.length,
    seconds,
    peopleTopicsSeconds: made.peopleTopicsSeconds,
    viaApi,
    apiSeconds,
    cloned,
    cloneSeconds: seconds - apiSeconds,
  }
}

/**
 * `--articles=N --batch=b [--api=40]` adds once and prints the result as one JSON line; `--serve` keeps Payload loaded
 * and answers each stdin line `{"articles":N,"batch":"b","api":40}` with a line `RESULT {…}` (starting
 * Payload costs seconds to minutes on a loaded machine, which would otherwise land in every step).
 */
async function main(): Promise<void> {
  const payload: Payload = await getPayload({ config })
  try {
    if (!process.argv.includes('--serve')) {
      const count = Number(arg('articles'))
      const added = await addContent(
        payload,
        count,
        Math.min(count, Number(arg('api') ?? 40)),
        arg('batch') ?? 'g',
      )
      console.log(JSON.stringify(added))
      return
    }
    console.log('READY')
    for await (const line of createInterface({ input: process.stdin })) {
      if (!line.trim()) continue
      const { articles, batch, api } = JSON.parse(line) as { articles: number; batch: string; api: number }
      const added = await addContent(payload, articles, Math.min(articles, api), batch)
      console.log(`RESULT ${JSON.stringify(added)}`)
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // The driver's own error (SQLITE_BUSY, a constraint) is the cause of the query's; say it first.
    const causes: string[] = []
    for (let e: unknown = error; e instanceof Error && causes.length < 5; e = e.cause)
      causes.unshift(e.message)
    console.error(`generate: ${causes.length ? causes.join(' ← ') : String(error)}`)
    process.exit(1)
  },
)
