/**
 * Publish to live: the time from the start of a CMS save (over REST, as the admin does) until the new
 * text is on every page that shows it, polled every 25 ms. Three kinds of change: an article title
 * (article, topic and home pages), a menu label (every page type) and a crisis line (every page type).
 * The baseline is the web app's own cached response time for the same pages before the change.
 * The article title is timed a second time through the edge cache (Varnish in front of the web app,
 * as `npm run start:edge` runs it): the save's revalidation must purge the edge's copies too.
 */
import { randomBytes } from 'node:crypto'

import { get, sleep, type BenchContext, type BenchResult } from './lib/context'
import { warmEdge } from './lib/edge'
import { cmsLogin, flagship, sitePaths, warm } from './lib/site'
import { percentile, round } from './lib/stats'

const POLL_MS = 25
const TIMEOUT_MS = 30_000

type Trial = { saveMs: number; liveMs: number; perPageMs: Record<string, number> }

/** Polls every url until its HTML contains `marker`; returns ms since `started` per url. */
async function untilLive(urls: Record<string, string>, marker: string, started: number) {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      for (;;) {
        const { status, text } = await get(url)
        const elapsed = performance.now() - started
        if (status === 200 && text.includes(marker)) return [name, elapsed] as const
        if (elapsed > TIMEOUT_MS)
          throw new Error(`${url} did not show "${marker}" within ${TIMEOUT_MS / 1000} s`)
        await sleep(POLL_MS)
      }
    }),
  )
  return Object.fromEntries(entries)
}

async function send(url: string, method: string, auth: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`${method} ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
}

/** A global as REST returns it: only the parts these changes touch are typed. */
type GlobalDoc = Record<string, unknown> & {
  regions?: { lines?: { label: string }[] }[]
}

type Change = {
  name: string
  pages: string[]
  original: string
  /** Saves the document with `text` in place of the original; resolves when the save has answered. */
  save: (text: string) => Promise<void>
}

async function trials(
  ctx: BenchContext,
  change: Change,
  count: number,
  urls: Record<string, string>,
  // Until the page is cached where it is read from: the web app's cache, or the edge's.
  settle: (url: string) => Promise<string> = warm,
) {
  const visible = Object.fromEntries(change.pages.map((p) => [p, urls[p]!]))
  for (const [name, url] of Object.entries(visible)) {
    const html = await settle(url)
    if (!html.includes(change.original))
      throw new Error(
        `${change.name}: the ${name} page (${url}) does not show "${change.original}" to begin with`,
      )
  }
  const results: Trial[] = []
  try {
    for (let i = 0; i < count; i++) {
      const marker = `Bench${randomBytes(4).toString('hex')}`
      const started = performance.now()
      await change.save(`${change.original} ${marker}`)
      const saveMs = performance.now() - started
      const perPageMs = await untilLive(visible, marker, started)
      results.push({ saveMs, liveMs: Math.max(...Object.values(perPageMs)), perPageMs })
      // Let the pages settle into the cache again before the next save.
      for (const url of Object.values(visible)) await settle(url)
    }
  } finally {
    await change.save(change.original)
  }
  const live = results.map((r) => r.liveMs)
  const save = results.map((r) => r.saveMs)
  ctx.log(
    `publish: ${change.name}: p50 ${round(percentile(live, 50), 0)} ms, p95 ${round(percentile(live, 95), 0)} ms`,
  )
  return {
    pages: change.pages,
    trials: count,
    liveMs: {
      p50: round(percentile(live, 50), 0),
      p95: round(percentile(live, 95), 0),
      max: round(Math.max(...live), 0),
    },
    saveMs: { p50: round(percentile(save, 50), 0), p95: round(percentile(save, 95), 0) },
    samples: results.map((r) => ({
      saveMs: round(r.saveMs, 0),
      liveMs: round(r.liveMs, 0),
      perPageMs: Object.fromEntries(Object.entries(r.perPageMs).map(([k, v]) => [k, round(v, 0)])),
    })),
  }
}

export async function publish(ctx: BenchContext): Promise<BenchResult> {
  const { cmsUrl, webUrl } = ctx.stack
  const count = ctx.quick ? 3 : 20
  const otherCount = ctx.quick ? 2 : 10
  const auth = await cmsLogin(cmsUrl)
  const paths = await sitePaths(cmsUrl)
  const urls: Record<string, string> = {
    article: `${webUrl}${paths.article}`,
    topic: `${webUrl}${paths.topic}`,
    home: `${webUrl}/`,
    person: `${webUrl}${paths.person}`,
    'static page': `${webUrl}${paths.page}`,
  }
  const every = Object.keys(urls)
  const edgeUrls = Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [name, url.replace(webUrl, ctx.edgeUrl)]),
  )

  // The baseline: how long these pages take to answer from the cache, unchanged.
  const cachedMs: number[] = []
  for (let i = 0; i < 10; i++)
    for (const url of Object.values(urls)) {
      await warm(url)
      cachedMs.push((await get(url)).ms)
    }

  const article = await flagship(cmsUrl)
  const articleChange: Change = {
    name: 'article title',
    pages: ['article', 'topic', 'home'],
    original: article.title,
    save: (title) =>
      // As the admin with a written reason (the editorial workflow's way to publish without a new
      // clinical approval): the benchmark times revalidation, not the review.
      send(`${cmsUrl}/api/articles/${article.id}`, 'PATCH', auth, {
        title,
        publishReason: 'Benchmark: publish-to-live trial',
        _status: 'published',
      }),
  }

  const globalChange = async (
    slug: string,
    name: string,
    edit: (doc: GlobalDoc) => { get: () => string; set: (v: string) => void },
  ): Promise<Change> => {
    const response = await fetch(`${cmsUrl}/api/globals/${slug}?depth=0`, {
      headers: { Authorization: auth },
    })
    if (!response.ok) throw new Error(`GET /api/globals/${slug} answered ${response.status}`)
    const doc = (await response.json()) as GlobalDoc
    const field = edit(doc)
    const original = field.get()
    return {
      name,
      pages: every,
      original,
      save: async (text) => {
        field.set(text)
        const { id: _id, createdAt: _c, updatedAt: _u, globalType: _g, ...data } = doc
        await send(`${cmsUrl}/api/globals/${slug}`, 'POST', auth, data)
      },
    }
  }
  const navChange = await globalChange('navigation', 'menu label', (doc) => {
    const list = Object.values(doc).find((v) => Array.isArray(v) && v[0]?.label) as
      { label: string }[] | undefined
    if (!list) throw new Error('navigation: no top-level menu item with a label')
    return { get: () => list[0]!.label, set: (v) => (list[0]!.label = v) }
  })
  const crisisChange = await globalChange('crisis-resources', 'crisis line', (doc) => {
    const line = doc.regions?.[0]?.lines?.[0]
    if (!line) throw new Error('crisis-resources: no line in the first region')
    return { get: () => line.label, set: (v) => (line.label = v) }
  })

  const results = {
    article: await trials(ctx, articleChange, count, urls),
    navigation: await trials(ctx, navChange, otherCount, urls),
    crisis: await trials(ctx, crisisChange, otherCount, urls),
    edge: await trials(
      ctx,
      { ...articleChange, name: 'article title, through the edge' },
      count,
      edgeUrls,
      warmEdge,
    ),
  }
  const cachedP50 = percentile(cachedMs, 50)
  const p95 = results.article.liveMs.p95
  const edgeP95 = results.edge.liveMs.p95
  return {
    figures: {
      pollMs: POLL_MS,
      cachedResponseMs: { p50: round(cachedP50), p95: round(percentile(cachedMs, 95)) },
      ...results,
      ratios: Object.fromEntries(
        Object.entries(results).map(([k, r]) => [
          k,
          { p50VsCachedResponse: round(r.liveMs.p50 / cachedP50, 0) },
        ]),
      ),
    },
    summary: [
      '| change | pages checked | trials | save p50 ms | live p50 ms | live p95 ms | max ms |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...Object.values(results).map(
        (r, i) =>
          `| ${[articleChange.name, navChange.name, crisisChange.name, 'article title, at the edge'][i]} | ${r.pages.join(', ')} | ${r.trials} | ${r.saveMs.p50} | ${r.liveMs.p50} | ${r.liveMs.p95} | ${r.liveMs.max} |`,
      ),
      '',
      `Baseline: the same pages answer from the cache in ${round(cachedP50)} ms (p50) when nothing changed. At the edge, the pages are read through Varnish, each a cached edge HIT before the save.`,
    ],
    budgets: [
      {
        name: 'a published article change is on the article, topic and home pages within 2 s (p95 of 20)',
        met: p95 <= 2000 && results.article.trials >= (ctx.quick ? 1 : 20),
        detail: `p95 ${p95} ms over ${results.article.trials} trials (p50 ${results.article.liveMs.p50} ms)`,
      },
      {
        name: 'through the edge, a published article change is on the article, topic and home pages within 1 s (p95 of 20)',
        met: edgeP95 <= 1000 && results.edge.trials >= (ctx.quick ? 1 : 20),
        detail: `p95 ${edgeP95} ms over ${results.edge.trials} trials (p50 ${results.edge.liveMs.p50} ms)`,
      },
    ],
  }
}
