/**
 * Weight: HTML bytes (raw and gzip) and first-load JavaScript (every script the HTML loads, gzip) per
 * page type, against a bare Next.js page built with the same `next` and `react`.
 */
import { gzipSync } from 'node:zlib'

import { get, type BenchContext, type BenchResult, type Budget } from './lib/context'
import { sitePaths, warm } from './lib/site'
import { round } from './lib/stats'

const gzip = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length

/** The `src` of every `<script>` in the HTML, resolved against the page. */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const out = new Set<string>()
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
    out.add(new URL(match[1]!.replace(/&amp;/g, '&'), pageUrl).toString())
  return [...out]
}

/** Issue 14: the flagship article's HTML, every part of it kept, within 20 KB gzip. */
export const FLAGSHIP_HTML_GZIP_BUDGET = 20 * 1024

/** The budget on the flagship article's HTML (gzip), as the summary states it. */
export function flagshipHtmlBudget(
  article: Pick<Weight, 'htmlGzip'>,
  baseline: Pick<Weight, 'htmlGzip'>,
): Budget {
  const kb = (n: number) => round(n / 1024, 1)
  return {
    name: "flagship article's HTML within 20 KB (gzip)",
    met: article.htmlGzip <= FLAGSHIP_HTML_GZIP_BUDGET,
    detail: `${kb(article.htmlGzip)} KB gzip (${round(article.htmlGzip / baseline.htmlGzip, 1)}× the bare page's ${kb(baseline.htmlGzip)} KB)`,
  }
}

export type Weight = {
  url: string
  htmlBytes: number
  htmlGzip: number
  scripts: number
  jsBytes: number
  jsGzip: number
}

async function weigh(url: string, cache: Map<string, Buffer>): Promise<Weight> {
  const html = await warm(url)
  const scripts = scriptUrls(html, url)
  let jsBytes = 0
  let jsGzip = 0
  for (const src of scripts) {
    let body = cache.get(src)
    if (!body) {
      const response = await fetch(src)
      if (!response.ok) throw new Error(`${src} (loaded by ${url}) answered ${response.status}`)
      body = Buffer.from(await response.arrayBuffer())
      cache.set(src, body)
    }
    jsBytes += body.length
    jsGzip += gzip(body)
  }
  return {
    url,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzip(html),
    scripts: scripts.length,
    jsBytes,
    jsGzip,
  }
}

export async function weight(ctx: BenchContext): Promise<BenchResult> {
  const paths = await sitePaths(ctx.stack.cmsUrl)
  const web = ctx.stack.webUrl
  const pages: Record<string, string> = {
    home: `${web}/`,
    article: `${web}${paths.article}`,
    topic: `${web}${paths.topic}`,
    person: `${web}${paths.person}`,
    'static page': `${web}${paths.page}`,
  }
  // Search is a dynamic page (never cached): weighed without the cache check once it exists.
  const search = await get(`${web}/search?q=intimacy`)
  const cache = new Map<string, Buffer>()
  const rows: Record<string, Weight> = {}
  for (const [name, url] of Object.entries(pages)) rows[name] = await weigh(url, cache)
  if (search.status === 200) {
    const url = `${web}/search?q=intimacy`
    const scripts = scriptUrls(search.text, url)
    let jsBytes = 0
    let jsGzip = 0
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(src)).arrayBuffer())
      jsBytes += body.length
      jsGzip += gzip(body)
    }
    rows.search = {
      url,
      htmlBytes: Buffer.byteLength(search.text),
      htmlGzip: gzip(search.text),
      scripts: scripts.length,
      jsBytes,
      jsGzip,
    }
  } else ctx.log(`weight: /search answered ${search.status}; not weighed`)
  const baseline = await weigh(`${ctx.baselineUrl}/`, new Map())
  const kb = (n: number) => round(n / 1024, 1)
  const extra = rows.article!.jsGzip - baseline.jsGzip
  return {
    figures: {
      gzipLevel: 9,
      pages: rows,
      baseline,
      articleExtraJsGzipBytes: extra,
      ratios: Object.fromEntries(
        Object.entries(rows).map(([name, w]) => [
          name,
          {
            htmlGzipVsBaseline: round(w.htmlGzip / baseline.htmlGzip, 1),
            jsGzipVsBaseline: round(w.jsGzip / baseline.jsGzip),
          },
        ]),
      ),
    },
    summary: [
      '| page | HTML KB | HTML gzip KB | HTML gzip ÷ bare | scripts | first-load JS KB | JS gzip KB | JS gzip ÷ bare |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...[...Object.entries(rows), ['bare Next.js page', baseline] as const].map(
        ([name, w]) =>
          `| ${name} | ${kb(w.htmlBytes)} | ${kb(w.htmlGzip)} | ${round(w.htmlGzip / baseline.htmlGzip, 1)} | ${w.scripts} | ${kb(w.jsBytes)} | ${kb(w.jsGzip)} | ${round(w.jsGzip / baseline.jsGzip)} |`,
      ),
      '',
      `The article loads **${kb(extra)} KB** (gzip) more JavaScript than a bare Next.js page, and its HTML is **${kb(rows.article!.htmlGzip)} KB** gzip (the bare page's: ${kb(baseline.htmlGzip)} KB).`,
    ],
    budgets: [
      {
        name: "article's first-load JavaScript within 25 KB (gzip) of a bare Next.js page's",
        met: extra <= 25 * 1024,
        detail: `+${kb(extra)} KB (${kb(rows.article!.jsGzip)} vs ${kb(baseline.jsGzip)} KB gzip)`,
      },
      flagshipHtmlBudget(rows.article!, baseline),
    ],
  }
}
