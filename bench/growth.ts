/**
 * Cost growth: a generator adds articles (with people, topics and partners) until the site holds N of
 * them, for each N in the sizes; at each size it times an uncached article render, an uncached topic
 * page (the shared topic every generated article is filed under), the uncached sitemap, a search and
 * the CMS REST list of articles, and the seed time (see `growth/generate.ts`: people, topics, partners
 * and the first 40 articles of each step through the Local API, the rest copied in SQL). Each operation's growth is the exponent k of a
 * power law t = a·N^k fitted on log-log axes (0 = flat, 1 = linear), drawn as curves.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'

import { bin, rootDir, toolEnv } from '../scripts/lib/proc'
import { get, type BenchContext, type BenchResult } from './lib/context'
import { median, powerLaw, round } from './lib/stats'
import { logLogChart } from './lib/svg'
import type { Added } from './growth/shared'
import { SHARED_TOPIC } from './growth/shared'

type Generated = Added

/**
 * The generator (`growth/generate.ts --serve`) as one long-lived process: Payload loads once, and each
 * `add` answers with what it added and how long that took.
 */
export function startGenerator(ctx: Pick<BenchContext, 'stack'>) {
  const child = spawn(bin('tsx'), [path.join(rootDir, 'bench/growth/generate.ts'), '--serve'], {
    cwd: path.join(rootDir, 'apps/cms'),
    env: toolEnv({ ...ctx.stack.env, NODE_ENV: 'development' }),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let tail = ''
  const waiters: ((line: string | Error) => void)[] = []
  const lines = createInterface({ input: child.stdout })
  lines.on('line', (line) => {
    tail = `${tail}${line}\n`.slice(-2000)
    if (line === 'READY' || line.startsWith('RESULT ')) waiters.shift()?.(line)
  })
  // The start of stderr holds the error's cause; a long error (a document's text) pushes it out of the tail.
  let errorHead = ''
  child.stderr.on('data', (c: Buffer) => {
    if (errorHead.length < 1500) errorHead = `${errorHead}${c.toString()}`.slice(0, 1500)
    tail = `${tail}${c.toString()}`.slice(-2000)
  })
  child.on('exit', (code) => {
    const why = errorHead ? `${errorHead}${errorHead.length >= 1500 ? ' … ' : ''}` : tail
    for (const waiter of waiters.splice(0)) waiter(new Error(`the generator exited ${code}: ${why}`))
  })
  const next = () =>
    new Promise<string>((resolve, reject) =>
      waiters.push((line) => (line instanceof Error ? reject(line) : resolve(line))),
    )
  const ready = next()
  return {
    async add(articles: number, batch: string, api: number): Promise<Generated> {
      await ready
      const answer = next()
      child.stdin.write(`${JSON.stringify({ articles, batch, api })}\n`)
      return JSON.parse((await answer).slice('RESULT '.length)) as Generated
    },
    stop: () => child.stdin.end(),
  }
}

async function revalidate(ctx: BenchContext, tags: string[]): Promise<void> {
  const response = await fetch(`${ctx.stack.webUrl}/api/revalidate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [REVALIDATE_SECRET_HEADER]: ctx.stack.env.REVALIDATE_SECRET!,
    },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`POST /api/revalidate answered ${response.status}`)
}

/** Times GET `url` (expected 200); `before` runs first, outside the timing (e.g. expiring the cache). */
async function timed(
  url: string,
  trials: number,
  before?: () => Promise<void>,
): Promise<{ ms: number; cache: string[]; bytes: number }> {
  const samples: number[] = []
  const cache: string[] = []
  let bytes = 0
  for (let i = 0; i < trials; i++) {
    await before?.()
    const { status, ms, headers, text } = await get(url)
    if (status !== 200) throw new Error(`GET ${url} answered ${status}`)
    samples.push(ms)
    cache.push(headers.get('x-nextjs-cache') ?? '-')
    bytes = Buffer.byteLength(text)
  }
  return { ms: median(samples), cache, bytes }
}

/**
 * Runs every timed operation once, untimed, on the seeded site: the first uncached render after a start
 * pays for loading and compiling the route's code (seconds on this machine), which would otherwise be
 * charged to the smallest size and bend every fitted exponent downwards.
 */
async function warmUp(ctx: BenchContext, searchUrl: string): Promise<void> {
  const { webUrl, cmsUrl } = ctx.stack
  const { docs } = JSON.parse(
    (await get(`${cmsUrl}/api/articles?limit=4&depth=0&sort=publishedAt&select[slug]=true`)).text,
  ) as { docs: { slug: string }[] }
  const topics = JSON.parse((await get(`${cmsUrl}/api/topics?limit=2&depth=0&select[path]=true`)).text) as {
    docs: { path: string }[]
  }
  for (const url of [
    ...docs.map((d) => `${webUrl}/articles/${d.slug}`),
    ...topics.docs.map((t) => `${webUrl}/topics/${t.path}`),
    `${webUrl}/sitemap.xml`,
    searchUrl,
  ]) {
    await revalidate(ctx, ['articles', 'topics', 'search'])
    await get(url)
  }
  await get(`${cmsUrl}/api/articles?limit=10&depth=1&sort=-updatedAt`)
}

const operations = [
  'uncached article render',
  'topic page (uncached)',
  'sitemap (uncached)',
  'search (uncached)',
  'CMS REST list of articles',
  'seed time (total)',
] as const
type Operation = (typeof operations)[number]

/** Milliseconds per article saved through the Local API, over every step of the run. */
function localMsPerArticle(rows: { generated: Generated }[]): number {
  const articles = rows.reduce((n, r) => n + r.generated.viaApi, 0)
  const seconds = rows.reduce((s, r) => s + r.generated.apiSeconds - r.generated.peopleTopicsSeconds, 0)
  return articles ? (seconds * 1000) / articles : Number.NaN
}

export async function growth(ctx: BenchContext): Promise<BenchResult> {
  const sizes = ctx.quick ? [25, 75, 225] : [100, 1000, 10_000]
  const trials = ctx.quick ? 2 : 3
  const { webUrl, cmsUrl } = ctx.stack
  const existing = (
    JSON.parse((await get(`${cmsUrl}/api/articles?limit=1&depth=0`)).text) as { totalDocs: number }
  ).totalDocs
  const searchUrl = `${webUrl}/search?q=trust`
  const rows: {
    size: number
    generated: Generated
    ms: Record<Operation, number>
    cache: Record<string, string[]>
    bytes: Record<string, number>
  }[] = []
  let total = existing
  let seedSeconds = 0
  let generated = 0
  const generator = startGenerator(ctx)
  try {
    await warmUp(ctx, searchUrl)
    for (const [i, size] of sizes.entries()) {
      const add = size - generated
      const gen = await generator.add(add, `b${i + 1}`, ctx.quick ? 10 : 40)
      generated = size
      total += add
      seedSeconds += gen.seconds
      ctx.log(
        `growth: +${add} articles in ${round(gen.seconds, 1)} s: ${gen.people} people, ${gen.topics} topics and ${gen.partners} partners, ${gen.viaApi} articles by the Local API (${round(gen.apiSeconds - gen.peopleTopicsSeconds, 1)} s), ${gen.cloned} copied in SQL (${round(gen.cloneSeconds, 1)} s); ${total} in all`,
      )
      // Articles never requested before: their first request renders (and fetches) from scratch.
      const articleMs: number[] = []
      const articleCache: string[] = []
      for (let t = 0; t < trials; t++) {
        const n = 1 + Math.floor(((t + 0.5) / trials) * add)
        const r = await timed(`${webUrl}/articles/bench-b${i + 1}-article-${n}`, 1)
        articleMs.push(r.ms)
        articleCache.push(...r.cache)
      }
      const expire = () => revalidate(ctx, ['articles', 'topics'])
      const topic = await timed(`${webUrl}/topics/${SHARED_TOPIC}`, trials, expire)
      const sitemap = await timed(`${webUrl}/sitemap.xml`, trials, expire)
      // The site search caches its CMS reads under these tags like any page: expire them to time a real search.
      const found = await timed(searchUrl, trials, () => revalidate(ctx, ['search', 'articles']))
      const list = await timed(`${cmsUrl}/api/articles?limit=10&depth=1&sort=-updatedAt`, trials)
      rows.push({
        size: total,
        generated: gen,
        ms: {
          'uncached article render': median(articleMs),
          'topic page (uncached)': topic.ms,
          'sitemap (uncached)': sitemap.ms,
          'search (uncached)': found.ms,
          'CMS REST list of articles': list.ms,
          'seed time (total)': seedSeconds * 1000,
        },
        cache: { article: articleCache, topic: topic.cache, sitemap: sitemap.cache },
        bytes: { topic: topic.bytes, sitemap: sitemap.bytes, search: found.bytes, list: list.bytes },
      })
      ctx.log(
        `growth: N=${total}: ${operations.map((o) => `${o} ${round(rows.at(-1)!.ms[o], 0)} ms`).join(', ')}`,
      )
    }
  } finally {
    generator.stop()
  }
  const fits = Object.fromEntries(
    operations.map((o) => [o, round(powerLaw(rows.map((r) => ({ x: r.size, y: r.ms[o] }))).exponent)]),
  ) as Record<Operation, number>
  const chart = logLogChart({
    title: `Cost growth with the number of articles${ctx.quick ? ' (quick run)' : ''}`,
    xLabel: 'articles in the site (log)',
    yLabel: 'milliseconds (log)',
    series: operations.map((o) => ({
      name: `${o} (k=${fits[o]})`,
      points: rows.map((r) => ({ x: r.size, y: r.ms[o] })),
    })),
  })
  return {
    figures: {
      sizes: rows.map((r) => r.size),
      seededArticlesBefore: existing,
      trialsPerOperation: trials,
      search: 'web /search',
      rows: rows.map((r) => ({
        ...r,
        ms: Object.fromEntries(Object.entries(r.ms).map(([k, v]) => [k, round(v, 1)])),
      })),
      exponents: fits,
    },
    summary: [
      `| operation | ${rows.map((r) => `N=${r.size.toLocaleString('en')}`).join(' | ')} | exponent k |`,
      `| --- | ${rows.map(() => '---:').join(' | ')} | ---: |`,
      ...operations.map(
        (o) => `| ${o} (ms) | ${rows.map((r) => round(r.ms[o], 0)).join(' | ')} | ${fits[o]} |`,
      ),
      '',
      `Time ≈ a·N^k: k = 0 does not grow, k = 1 grows in proportion to the number of articles. Search timed: the site search page.`,
      '',
      `Seed time is the generator's: people, topics, partners and the first ${ctx.quick ? 10 : 40} articles of each step through Payload's Local API (validation, versions, hooks), the rest copied in SQL with the rows Payload writes (${rows.reduce((n, r) => n + r.generated.viaApi, 0)} of ${rows.at(-1)?.size ?? 0} articles by the Local API in this run). It grows with the SQL copies; a seed of every article through the Local API costs about ${round(localMsPerArticle(rows), 0)} ms per article here.`,
      '',
      '![cost growth](growth.svg)',
    ],
    charts: [{ file: 'growth.svg', svg: chart }],
  }
}
