/**
 * Invalidation precision and fan-out (issue 12, part 3), on a stack of its own behind the edge cache
 * (Varnish as `npm run start:edge` runs it), filled by the cost-growth generator.
 *
 * Precision, at 1,000 generated articles (quick: 30): every reader page (each article, topic, person
 * and static page of the sitemap, the home page, a search, the sitemap and the feed) is requested
 * through the edge until it is an edge HIT, and its HTML kept. Then a scripted set of edits, each saved
 * over REST as the admin (as an editor saves), and after each one every page is asked again:
 *
 * - **dropped** = the edge answers MISS where it answered HIT before the edit. Varnish drops a page
 *   only when a purge names one of its xkeys (the page's cache tags, which the revalidation the edit
 *   caused sent; storage is sized so nothing is evicted, and no TTL runs out within a run), so a MISS is
 *   exactly "this edit's invalidation dropped this page", with nothing inferred from tag names.
 * - **changed** = the page's HTML differs from before the edit. A dropped page's new HTML is the one the
 *   MISS fetched (rendered anew from the CMS); a page that was not dropped is rendered anew by a second
 *   web server on its own copy of the build (no edge, every cached read expired before it is asked), so
 *   even a page the invalidation missed is compared with what a reader should now see.
 * - HTML is compared after `normalise` (below): it removes only the CSP nonce, which differs on
 *   every render; a control pass renders pages again with no edit and reports anything else that
 *   differs, so a per-render difference would show as noise rather than pass for a change.
 *
 * precision = pages changed and dropped ÷ pages dropped; recall = pages changed and dropped ÷ pages
 * changed (1.0: no page showed an edit without being dropped).
 *
 * Fan-out, at 100, 1,000 and 10,000 articles (quick: 30, 100, 300): the pages a title edit and an SEO
 * description edit drop, counted from a tag index (the xkey tags each page's origin response carries)
 * against the tags the CMS sent for the edit (recorded between the CMS and the web app). Up to
 * `crawlLimit` generated articles every page is requested for the index; above it the index is the
 * other pages plus a sample of the generated articles, each unsampled article given its sampled
 * neighbours' tags with its own slug (said so in the output). The fitted exponent k of dropped ≈ a·N^k.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'

import { inheritedEnv } from '../scripts/lib/env'
import { bin, rootDir, startService, waitForOk } from '../scripts/lib/proc'
import { stopChildren } from '../scripts/lib/stack'
import { startGenerator } from './growth'
import { get, sleep, type BenchContext, type BenchResult } from './lib/context'
import { ownWebBuild, startEdgeStack, type EdgeStack } from './lib/edge'
import { normalise } from './lib/normalise'
import { cmsLogin } from './lib/site'
import { powerLaw, round } from './lib/stats'

const PUBLISH_REASON = 'Benchmark: invalidation precision'

type Page = { path: string; status: number; html: string; tags: string[]; estimated?: boolean }

/** Runs `work` over `items`, `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await work(items[i]!)
      }
    }),
  )
  return out
}

/** The reader pages: every address in the sitemap, plus a search, the sitemap and the feed. */
async function readerPaths(webUrl: string): Promise<string[]> {
  const { status, text } = await get(`${webUrl}/sitemap.xml`)
  if (status !== 200) throw new Error(`GET /sitemap.xml answered ${status}`)
  const paths = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.trim()).pathname)
  return [...new Set([...paths, '/search?q=trust', '/sitemap.xml', '/feed.xml'])]
}

/** The origin's answer for `path` once it is cached there (its xkey header names the page's tags). */
async function originCached(webUrl: string, pathname: string) {
  for (let i = 0; ; i++) {
    const r = await get(`${webUrl}${pathname}`)
    if (r.headers.get('x-nextjs-cache') === 'HIT' || r.status !== 200 || i >= 10)
      return { ...r, tags: (r.headers.get('xkey') ?? '').split(' ').filter(Boolean) }
    await sleep(100)
  }
}

/** Asks the edge until `pathname` is an edge HIT; the HTML is the edge's copy. */
async function edgeCached(edgeUrl: string, pathname: string) {
  for (let i = 0; ; i++) {
    const r = await get(`${edgeUrl}${pathname}`)
    if (r.headers.get('x-edge-cache') === 'HIT' || i >= 10) return r
    await sleep(100)
  }
}

async function send(url: string, method: string, auth: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 400)}`)
  return JSON.parse(text) as unknown
}

type Doc = Record<string, unknown> & { id: number | string }

async function one(cmsUrl: string, auth: string, query: string): Promise<Doc> {
  const { status, text } = await get(`${cmsUrl}/api/${query}`, { headers: { Authorization: auth } })
  if (status !== 200) throw new Error(`GET /api/${query} answered ${status}`)
  const body = JSON.parse(text) as { docs?: Doc[] } & Doc
  const doc = body.docs ? body.docs[0] : body
  if (!doc) throw new Error(`GET /api/${query}: nothing found`)
  return doc
}

const idOf = (v: unknown): number | string =>
  v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string)

/** Changes the first word of the first text node with a word of at least six letters (a typo fixed). */
function fixTypo(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const record = node as { type?: string; text?: string; children?: unknown[]; root?: unknown }
  if (record.type === 'text' && typeof record.text === 'string') {
    const match = /\b[a-z]{6,}\b/.exec(record.text)
    if (match) {
      record.text = `${record.text.slice(0, match.index)}${match[0]}s${record.text.slice(match.index + match[0].length)}`
      return true
    }
  }
  for (const child of record.children ?? []) if (fixTypo(child)) return true
  return record.root ? fixTypo(record.root) : false
}

type Edit = { name: string; apply: () => Promise<void> }

/** The scripted edits of the issue, each one save as an editor makes it, on `article` and what it shows. */
async function scriptedEdits(cmsUrl: string, auth: string, batch: string, mark: string): Promise<Edit[]> {
  const api = `${cmsUrl}/api`
  const article = await one(
    cmsUrl,
    auth,
    `articles?where[slug][equals]=bench-${batch}-article-7&depth=0&limit=1`,
  )
  const other = await one(
    cmsUrl,
    auth,
    `articles?where[slug][equals]=bench-${batch}-article-9&depth=0&limit=1`,
  )
  const publishArticle = (id: number | string, data: Record<string, unknown>) =>
    send(`${api}/articles/${id}`, 'PATCH', auth, {
      ...data,
      publishReason: PUBLISH_REASON,
      _status: 'published',
    })
  const author = idOf((article.authors as unknown[])[0])
  const topicIds = (article.topics as unknown[]).map(idOf)
  const topics = await Promise.all(topicIds.map((id) => one(cmsUrl, auth, `topics/${id}?depth=0`)))
  // The article's own group topic, not the shared one every generated article is filed under.
  const topic = topics.find((t) => t.slug !== 'bench-generated') ?? topics[0]!
  const partner = await one(
    cmsUrl,
    auth,
    `partners?where[slug][equals]=bench-${batch}-partner-1&depth=0&limit=1`,
  )
  const hero = idOf(article.heroImage)
  const global = async (slug: string, edit: (doc: Record<string, unknown>) => void) => {
    const doc = (await one(cmsUrl, auth, `globals/${slug}?depth=0`)) as Record<string, unknown>
    edit(doc)
    const { id: _id, createdAt: _c, updatedAt: _u, globalType: _g, ...data } = doc
    await send(`${api}/globals/${slug}`, 'POST', auth, data)
  }
  return [
    {
      name: 'SEO description',
      apply: () =>
        publishArticle(article.id, {
          meta: { ...(article.meta as object), description: `An SEO description ${mark}.` },
        }).then(() => undefined),
    },
    {
      name: 'body typo',
      apply: async () => {
        const body = structuredClone(article.body)
        if (!fixTypo(body)) throw new Error('no word to change in the article body')
        await publishArticle(article.id, { body })
      },
    },
    {
      name: 'title',
      apply: () => publishArticle(article.id, { title: `A retitled article ${mark}` }).then(() => undefined),
    },
    {
      name: 'new publish',
      apply: async () => {
        const { id: _id, createdAt: _c, updatedAt: _u, slug: _s, ...data } = article
        for (const key of Object.keys(data)) if (key.startsWith('_') || key === 'history') delete data[key]
        await send(`${api}/articles`, 'POST', auth, {
          ...data,
          title: `A newly published article ${mark}`,
          slug: `bench-new-${mark.toLowerCase()}`,
          publishedAt: new Date().toISOString(),
          publishReason: PUBLISH_REASON,
          _status: 'published',
        })
      },
    },
    {
      name: 'unpublish',
      apply: () =>
        send(`${api}/articles/${other.id}`, 'PATCH', auth, {
          _status: 'draft',
          publishReason: PUBLISH_REASON,
        }).then(() => undefined),
    },
    {
      name: 'author bio',
      apply: () =>
        send(`${api}/people/${author}`, 'PATCH', auth, { bio: `A new bio ${mark}.` }).then(() => undefined),
    },
    {
      name: 'author name',
      apply: () =>
        send(`${api}/people/${author}`, 'PATCH', auth, { name: `Renamed Writer ${mark}` }).then(
          () => undefined,
        ),
    },
    {
      name: 'partner name',
      apply: () =>
        send(`${api}/partners/${partner.id}`, 'PATCH', auth, { name: `Renamed Partner ${mark}` }).then(
          () => undefined,
        ),
    },
    {
      name: 'media alt text',
      apply: () =>
        send(`${api}/media/${hero}`, 'PATCH', auth, { alt: `A new description of the image ${mark}` }).then(
          () => undefined,
        ),
    },
    {
      name: 'topic rename',
      apply: () =>
        send(`${api}/topics/${topic.id}`, 'PATCH', auth, { title: `Renamed Topic ${mark}` }).then(
          () => undefined,
        ),
    },
    {
      name: 'menu label',
      apply: () =>
        global('navigation', (doc) => {
          const list = Object.values(doc).find(
            (v) => Array.isArray(v) && (v[0] as { label?: string })?.label,
          ) as { label: string }[] | undefined
          if (!list) throw new Error('navigation: no top-level menu item with a label')
          list[0]!.label = `Menu ${mark}`
        }),
    },
    {
      name: 'crisis line',
      apply: () =>
        global('crisis-resources', (doc) => {
          const line = (doc.regions as { lines?: { label: string }[] }[] | undefined)?.[0]?.lines?.[0]
          if (!line) throw new Error('crisis-resources: no line in the first region')
          line.label = `${line.label} ${mark}`
        }),
    },
  ]
}

/** A web server on its own copy of the build, without the edge: it renders what a reader should see now. */
async function startTruthServer(ctx: BenchContext, stack: EdgeStack, port: number) {
  const webDir = path.join(rootDir, 'apps/web')
  const distDir = ownWebBuild(path.join(ctx.tmpDir, 'truth-web'))
  const url = `http://localhost:${port}`
  const child = startService('truth-web', bin('next'), ['start', '--port', String(port)], {
    cwd: webDir,
    env: {
      ...inheritedEnv(),
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CMS_URL: stack.cmsUrl,
      WEB_URL: stack.webUrl,
      REVALIDATE_SECRET: stack.env.REVALIDATE_SECRET!,
      NEXT_DIST_DIR: distDir,
    },
  })
  child.stdout?.removeAllListeners('data')
  child.stdout?.resume()
  await waitForOk(`${url}/api/health`, 60_000)
  return {
    url,
    child,
    /** Expires every cached CMS read and page (all carry the `cms` tag): the next request renders anew. */
    expireAll: async () => {
      const response = await fetch(`${url}/api/revalidate`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          [REVALIDATE_SECRET_HEADER]: stack.env.REVALIDATE_SECRET!,
        },
        body: JSON.stringify({ tags: ['cms'], expireNow: true }),
      })
      if (!response.ok) throw new Error(`truth server: POST /api/revalidate answered ${response.status}`)
    },
    stop: () => stopChildren([child]),
  }
}

type EditResult = {
  edit: string
  error?: string
  tags: string[]
  pages: number
  dropped: number
  changed: number
  changedAndDropped: number
  precision: number | null
  recall: number | null
  /** Pages whose HTML changed but were not dropped (a recall failure), at most 10. */
  missed: string[]
  /** A few dropped pages that did not change, for reading the tags' breadth. */
  droppedUnchangedSample: string[]
  seconds: number
}

export async function invalidation(ctx: BenchContext): Promise<BenchResult> {
  // CI's quick run is a smoke check of the method at small sizes; the budgets are for the full run.
  const fanoutSizes = ctx.quick ? [30, 100] : [100, 1000, 10_000]
  const precisionSize = ctx.quick ? 30 : 1000
  // Above this many generated articles only a sample of them is requested; and for the twelve edits
  // only every `precisionEvery`th of the other pages. A render takes one to several seconds on these
  // shared 2-core machines (load average above 20 in the committed run): every page after every edit at
  // 1,000 articles would be hours. Each requested page counts for its kind's share of the site.
  const crawlLimit = ctx.quick ? 30 : 0
  const sampleSize = ctx.quick ? 4 : 8
  const precisionEvery = ctx.quick ? 8 : 6
  const concurrency = 3
  const ports = {
    web: ctx.basePort + 6,
    cms: ctx.basePort + 7,
    edge: ctx.basePort + 8,
    recorder: ctx.basePort + 9,
  }
  const built = (app: string) => existsBuild(app)
  ctx.log(`invalidation: starting its own stack behind the edge on ${ports.web}/${ports.cms}/${ports.edge}`)
  const stack = await startEdgeStack({
    name: 'bench-invalidation',
    ports,
    build: !built('apps/web') || !built('apps/cms'),
    dir: path.join(ctx.tmpDir, 'invalidation-edge'),
    memory: ctx.quick ? '512m' : '2g',
    // Its own copy of the build: no other web server's cached pages can reach it.
    ownBuild: true,
  })
  const truth = await startTruthServer(ctx, stack, ctx.basePort + 10)
  const generator = startGenerator({ stack })
  const auth = await cmsLogin(stack.cmsUrl)
  const fanout: {
    size: number
    pages: number
    crawled: number
    estimated: number
    title: { tags: string[]; dropped: number }
    seo: { tags: string[]; dropped: number }
  }[] = []
  let precision: Awaited<ReturnType<typeof precisionRun>> | null = null
  let generated = 0
  let existing = 0
  try {
    existing = (
      JSON.parse((await get(`${stack.cmsUrl}/api/articles?limit=1&depth=0`)).text) as { totalDocs: number }
    ).totalDocs
    for (const [i, size] of fanoutSizes.entries()) {
      const batch = `f${i + 1}`
      const gen = await generator.add(size - generated, batch, ctx.quick ? 10 : 40)
      generated = size
      ctx.log(
        `invalidation: +${gen.articles} articles (${round(gen.seconds, 1)} s), ${existing + generated} in all`,
      )
      const all = await readerPaths(stack.webUrl)
      // The tag index: every page's tags as its origin response names them (sampled above crawlLimit).
      const bench = (p: string) => /^\/articles\/bench-f\d+-article-\d+$/.test(p)
      const sampled = generated > crawlLimit
      const generatedPages = all.filter(bench)
      const step = Math.ceil(generatedPages.length / sampleSize)
      const sample = sampled ? generatedPages.filter((_, n) => n % step === 0) : []
      const crawl = sampled ? all.filter((p) => !bench(p) || sample.includes(p)) : all
      const t0 = performance.now()
      const index = new Map<string, Page>()
      await pool(crawl, concurrency, async (p) => {
        const r = await originCached(stack.webUrl, p)
        index.set(p, { path: p, status: r.status, html: r.text, tags: r.tags })
      })
      let estimated = 0
      if (sampled) {
        const own = (p: string) => `articles:${p.slice('/articles/'.length)}`
        const shapes = sample.map((p) => index.get(p)!.tags.filter((t) => t !== own(p)))
        let n = 0
        for (const p of all)
          if (!index.has(p)) {
            index.set(p, {
              path: p,
              status: 200,
              html: '',
              tags: [...shapes[n++ % shapes.length]!, own(p)],
              estimated: true,
            })
            estimated++
          }
      }
      ctx.log(
        `invalidation: N=${existing + generated}: tag index of ${index.size} pages (${crawl.length} requested in ${round((performance.now() - t0) / 1000, 0)} s, ${estimated} estimated)`,
      )
      const droppedBy = async (edit: () => Promise<void>) => {
        stack.notices.reset()
        await edit()
        const tags = stack.notices.tags()
        const dropped = [...index.values()].filter((p) => p.tags.some((t) => tags.includes(t))).length
        return { tags, dropped }
      }
      const target = await one(
        stack.cmsUrl,
        auth,
        `articles?where[slug][equals]=bench-${batch}-article-3&depth=0&limit=1`,
      )
      const edit = (data: Record<string, unknown>) => () =>
        send(`${stack.cmsUrl}/api/articles/${target.id}`, 'PATCH', auth, {
          ...data,
          publishReason: PUBLISH_REASON,
          _status: 'published',
        }).then(() => undefined)
      const title = await droppedBy(edit({ title: `Fan-out title ${batch}` }))
      const seo = await droppedBy(
        edit({ meta: { ...(target.meta as object), description: `Fan-out SEO ${batch}` } }),
      )
      fanout.push({
        size: existing + generated,
        pages: index.size,
        crawled: crawl.length,
        estimated,
        title,
        seo,
      })
      ctx.log(
        `invalidation: N=${existing + generated}: a title edit drops ${title.dropped}, an SEO edit ${seo.dropped} of ${index.size} pages`,
      )
      if (generated === precisionSize) {
        // The edited articles' own pages are always requested and count for themselves alone: a
        // sample that missed them would report that an edit changed no page at all.
        const edited = [7, 9].map((n) => `/articles/bench-${batch}-article-${n}`)
        const sampledKind = (q: string) => !edited.includes(q)
        const chosen = [
          ...edited,
          ...crawl.filter((p, n) => sampledKind(p) && (bench(p) || n % precisionEvery === 0)),
        ]
        // Each other requested page stands for its kind's pages in the site (generated articles, the rest).
        const weight = (p: string) => {
          if (!sampledKind(p)) return 1
          const kind = (q: string) => sampledKind(q) && bench(q) === bench(p)
          return all.filter(kind).length / chosen.filter(kind).length
        }
        const weights = new Map(chosen.map((p) => [p, weight(p)]))
        precision = await precisionRun(
          ctx,
          stack,
          truth,
          auth,
          batch,
          existing + generated,
          chosen,
          weights,
          all.length,
          concurrency,
          precisionEvery,
        )
      }
    }
  } finally {
    generator.stop()
    truth.stop()
    stack.stop()
  }
  return report(ctx, fanout, precision!)
}

function existsBuild(app: string): boolean {
  return existsSync(path.join(rootDir, app, '.next/BUILD_ID'))
}

async function precisionRun(
  ctx: BenchContext,
  stack: EdgeStack,
  truth: Awaited<ReturnType<typeof startTruthServer>>,
  auth: string,
  batch: string,
  size: number,
  chosen: string[],
  weights: Map<string, number>,
  sitePages: number,
  concurrency: number,
  every: number,
) {
  ctx.log(`invalidation: precision at N=${size}: warming ${chosen.length} of ${sitePages} pages at the edge`)
  const snapshot = new Map<string, { status: number; html: string }>()
  // A page the edge never stores (a search: it reads the query, so it is rendered per request) cannot
  // be dropped by an edit: it is left out, and named in the output.
  const notStored: string[] = []
  await pool(chosen, concurrency, async (p) => {
    const r = await edgeCached(stack.edgeUrl, p)
    if (r.headers.get('x-edge-cache') !== 'HIT') notStored.push(p)
    else snapshot.set(p, { status: r.status, html: normalise(r.text) })
  })
  const paths = chosen.filter((p) => snapshot.has(p))
  const w = (p: string) => weights.get(p) ?? 1
  // Control: the same pages rendered anew with no edit; whatever differs is per-render noise.
  await truth.expireAll()
  const controlPaths = paths.filter((_, n) => n % Math.max(1, Math.floor(paths.length / 20)) === 0)
  const differing: string[] = []
  await pool(controlPaths, concurrency, async (p) => {
    const r = await get(`${truth.url}${p}`)
    if (normalise(r.text) !== snapshot.get(p)!.html || r.status !== snapshot.get(p)!.status) differing.push(p)
  })
  for (const p of differing.slice(0, 3)) {
    const a = snapshot.get(p)!.html
    const b = normalise((await get(`${truth.url}${p}`)).text)
    let at = 0
    while (at < a.length && a[at] === b[at]) at++
    ctx.log(
      `invalidation: control: ${p} differs with no edit at ${at}: «${a.slice(at - 80, at + 80)}» vs «${b.slice(at - 80, at + 80)}»`,
    )
  }
  ctx.log(`invalidation: control: ${differing.length} of ${controlPaths.length} pages differ with no edit`)

  const edits = await scriptedEdits(stack.cmsUrl, auth, batch, `Inv${Date.now().toString(36)}`)
  const results: EditResult[] = []
  for (const edit of edits) {
    const t0 = performance.now()
    stack.notices.reset()
    try {
      await edit.apply()
    } catch (error) {
      results.push({
        edit: edit.name,
        error: error instanceof Error ? error.message : String(error),
        tags: [],
        pages: paths.length,
        dropped: 0,
        changed: 0,
        changedAndDropped: 0,
        precision: null,
        recall: null,
        missed: [],
        droppedUnchangedSample: [],
        seconds: 0,
      })
      ctx.log(`invalidation: ${edit.name}: could not apply: ${results.at(-1)!.error}`)
      continue
    }
    const tags = stack.notices.tags()
    const outcome = await pool(paths, concurrency, async (p) => {
      let r = await get(`${stack.edgeUrl}${p}`)
      const dropped = r.headers.get('x-edge-cache') !== 'HIT'
      // An origin answer still stale (served while it renders again) is not what readers will see next.
      for (let i = 0; dropped && r.headers.get('x-nextjs-cache') === 'STALE' && i < 20; i++) {
        await sleep(1100)
        r = await get(`${stack.edgeUrl}${p}`)
      }
      return { p, dropped, r }
    })
    // What readers should now see on the pages the edge kept: rendered anew by the truth server.
    await truth.expireAll()
    const kept = outcome.filter((o) => !o.dropped)
    const fresh = new Map<string, { status: number; text: string }>()
    await pool(kept, concurrency, async (o) => {
      const r = await get(`${truth.url}${o.p}`)
      fresh.set(o.p, r)
    })
    let changed = 0
    let changedAndDropped = 0
    let droppedW = 0
    const missed: string[] = []
    const droppedUnchanged: string[] = []
    for (const o of outcome) {
      const now = o.dropped ? o.r : fresh.get(o.p)!
      const html = normalise(now.text)
      const before = snapshot.get(o.p)!
      const isChanged = html !== before.html || now.status !== before.status
      if (isChanged) changed += w(o.p)
      if (isChanged && o.dropped) changedAndDropped += w(o.p)
      if (o.dropped) droppedW += w(o.p)
      if (isChanged && !o.dropped) missed.push(o.p)
      if (!isChanged && o.dropped) droppedUnchanged.push(o.p)
      snapshot.set(o.p, { status: now.status, html })
    }
    const dropped = Math.round(droppedW)
    changed = Math.round(changed)
    changedAndDropped = Math.round(changedAndDropped)
    results.push({
      edit: edit.name,
      tags,
      pages: paths.length,
      dropped,
      changed,
      changedAndDropped,
      precision: dropped ? round(changedAndDropped / dropped, 3) : null,
      recall: changed ? round(changedAndDropped / changed, 3) : null,
      missed: missed.slice(0, 10),
      droppedUnchangedSample: droppedUnchanged.slice(0, 5),
      seconds: round((performance.now() - t0) / 1000, 1),
    })
    ctx.log(
      `invalidation: ${edit.name}: tags ${tags.join(' ')}; dropped ${dropped}, changed ${changed}, changed and dropped ${changedAndDropped}${missed.length ? `; CHANGED BUT NOT DROPPED: ${missed.slice(0, 5).join(', ')}` : ''} (${results.at(-1)!.seconds} s)`,
    )
    // The kept pages' edge copies are still the ones compared above; the dropped ones are cached anew.
    await pool(
      outcome.filter((o) => o.dropped),
      concurrency,
      (o) => edgeCached(stack.edgeUrl, o.p),
    )
  }
  return {
    size,
    sitePages,
    every,
    requested: paths.length,
    notStored,
    weighted: paths.some((p) => w(p) !== 1),
    control: { compared: controlPaths.length, differing },
    edits: results,
  }
}

function report(
  ctx: BenchContext,
  fanout: {
    size: number
    pages: number
    crawled: number
    estimated: number
    title: { tags: string[]; dropped: number }
    seo: { tags: string[]; dropped: number }
  }[],
  precision: NonNullable<Awaited<ReturnType<typeof precisionRun>>>,
): BenchResult {
  const applied = precision.edits.filter((e) => !e.error)
  const sum = (f: (e: EditResult) => number) => applied.reduce((n, e) => n + f(e), 0)
  const dropped = sum((e) => e.dropped)
  const changed = sum((e) => e.changed)
  const both = sum((e) => e.changedAndDropped)
  const overallPrecision = dropped ? round(both / dropped, 3) : Number.NaN
  const overallRecall = changed ? round(both / changed, 3) : Number.NaN
  const k = (pick: (r: (typeof fanout)[number]) => number) =>
    round(powerLaw(fanout.map((r) => ({ x: r.size, y: pick(r) }))).exponent)
  const kTitle = k((r) => r.title.dropped)
  const kSeo = k((r) => r.seo.dropped)
  const failed = precision.edits.filter((e) => e.error)
  const allApplied = failed.length === 0
  return {
    figures: {
      method: {
        dropped:
          'edge MISS after the edit where the page was an edge HIT before it (Varnish drops a page only when a purge names one of its xkeys)',
        changed:
          'normalised HTML (CSP nonce removed) differs from before the edit; pages the edge kept are rendered anew by a second web server',
        fanout:
          'tag index (each page’s xkey tags at the origin) against the tags the CMS sent; sampled above the crawl limit',
      },
      precision: {
        ...precision,
        overall: {
          dropped,
          changed,
          changedAndDropped: both,
          precision: overallPrecision,
          recall: overallRecall,
        },
      },
      fanout: { rows: fanout, exponents: { title: kTitle, seo: kSeo } },
    },
    summary: [
      `Precision at ${precision.size.toLocaleString('en')} articles: ${precision.sitePages} reader pages (every sitemap address, a search, the sitemap and the feed)${precision.weighted ? `, of which ${precision.requested} were requested after each edit (every page that is not a generated article${ctx.quick ? ' every ${precision.every}th' : ''}, and a sample of the generated articles; each counts for its share of its kind, so the page counts below are estimates for the whole site)` : ''}; not stored at the edge, so left out: ${precision.notStored.join(', ') || 'none'}. Each edit saved over REST as the admin. Dropped = an edge MISS after the edit (Varnish drops a page only when a purge names one of its tags); changed = its HTML differs, CSP nonce removed (the pages the edge kept are rendered anew by a second web server). Control: ${precision.control.differing.length} of ${precision.control.compared} pages rendered again with no edit differed.`,
      '',
      '| edit | tags sent | pages dropped | HTML changed | changed and dropped | precision | recall | s |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...precision.edits.map((e) =>
        e.error
          ? `| ${e.edit} | could not apply: ${e.error.slice(0, 120).replace(/\|/g, '/')} | | | | | | |`
          : `| ${e.edit} | ${e.tags.join(' ')} | ${e.dropped} | ${e.changed} | ${e.changedAndDropped} | ${e.precision ?? '–'} | ${e.recall ?? '–'} | ${e.seconds} |`,
      ),
      `| **over the set** | | ${dropped} | ${changed} | ${both} | **${overallPrecision}** | **${overallRecall}** | |`,
      '',
      `Fan-out: pages dropped by one article's title edit and SEO description edit, counted from the tag index (each page's tags as its origin response names them) against the tags the CMS sent.${fanout.some((r) => r.estimated) ? ' Where "estimated" is not 0, only a sample of the generated articles was requested; the others carry their sampled neighbours\' tags with their own slug.' : ''}`,
      '',
      '| articles | pages | requested | estimated | title edit drops | SEO edit drops |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      ...fanout.map(
        (r) =>
          `| ${r.size.toLocaleString('en')} | ${r.pages} | ${r.crawled} | ${r.estimated} | ${r.title.dropped} | ${r.seo.dropped} |`,
      ),
      '',
      `Fitted exponent of pages dropped ≈ a·N^k: title **k = ${kTitle}**, SEO **k = ${kSeo}**.`,
    ],
    budgets: [
      {
        name: `invalidation precision (changed ÷ dropped) ≥ 0.9 over the scripted edits at ${precision.size.toLocaleString('en')} articles`,
        met: allApplied && overallPrecision >= 0.9,
        detail: `${overallPrecision} (${both} of ${dropped} dropped pages changed)${allApplied ? '' : `; ${failed.length} edit(s) could not be applied`}`,
      },
      {
        name: 'invalidation recall = 1.0 (every page whose HTML changed was dropped)',
        met: allApplied && overallRecall === 1,
        detail: `${overallRecall} (${both} of ${changed} changed pages dropped)`,
      },
      {
        name: 'fan-out of a title and an SEO edit does not grow with the site (k ≈ 0, taken as |k| ≤ 0.1)',
        met: Math.abs(kTitle) <= 0.1 && Math.abs(kSeo) <= 0.1,
        detail: `title k = ${kTitle}, SEO k = ${kSeo} at ${fanout.map((r) => r.size).join(', ')} articles`,
      },
    ],
  }
}
