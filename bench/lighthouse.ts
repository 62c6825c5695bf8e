/**
 * Lighthouse (the npm package, pinned at 12.2.3) on Debian's Chromium, mobile (its default form factor
 * and simulated throttling): performance, accessibility, best practices and SEO for the home, article,
 * topic and person pages, and for the bare Next.js page padded to the article's HTML size as baseline.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { inheritedEnv, scriptEnv } from '../scripts/lib/env'
import { bin } from '../scripts/lib/proc'
import type { BenchContext, BenchResult, Budget } from './lib/context'
import { paddedBaseline, sitePaths, warm } from './lib/site'

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Scores = Record<(typeof categories)[number], number> & {
  lcpMs: number
  tbtMs: number
  cls: number
  version: string
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function chromePath(): string {
  const found = [scriptEnv().CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  )
  if (!found) throw new Error("no Chromium: install Debian's chromium or set CHROME_PATH")
  return found
}

/** Issue 14: mobile performance at least this on each of these pages. */
export const PERFORMANCE_BUDGET = 98
export const PERFORMANCE_PAGES = ['home', 'article', 'topic', 'person'] as const
/** Issue 14: the article's LCP at most this many times the bare page's, in the same run. */
export const ARTICLE_LCP_BUDGET = 1.3

/**
 * The budgets on a run's scores: performance on every page type measured (a quick run measures the
 * article alone), and the article's LCP against the bare page's measured in the same run.
 */
export function lighthouseBudgets(
  results: Record<string, Pick<Scores, 'performance' | 'lcpMs'>>,
  baselineName: string,
): Budget[] {
  const base = results[baselineName]
  const budgets: Budget[] = PERFORMANCE_PAGES.flatMap((name) => {
    const page = results[name]
    if (!page) return []
    return [
      {
        name: `${name} page's Lighthouse mobile performance ≥ ${PERFORMANCE_BUDGET}`,
        met: page.performance >= PERFORMANCE_BUDGET,
        detail: `${page.performance}${base ? ` (bare page ${base.performance})` : ''}`,
      },
    ]
  })
  const article = results.article
  if (article && base) {
    const ratio = article.lcpMs / base.lcpMs
    budgets.push({
      name: `article's LCP within ${ARTICLE_LCP_BUDGET}× the bare page's (same run)`,
      met: Number.isFinite(ratio) && ratio <= ARTICLE_LCP_BUDGET,
      detail: `${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}× (${article.lcpMs} vs ${base.lcpMs} ms)`,
    })
  }
  return budgets
}

function runLighthouse(url: string, outFile: string): Promise<Scores> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin('lighthouse'),
      [
        url,
        '--output=json',
        `--output-path=${outFile}`,
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        '--max-wait-for-load=60000',
        '--quiet',
      ],
      { env: { ...inheritedEnv(), CHROME_PATH: chromePath() }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}: ${err.slice(-500)}`))
      const report = JSON.parse(readFileSync(outFile, 'utf8')) as {
        runtimeError?: { message: string }
        categories: Record<string, { score: number | null }>
        audits: Record<string, { numericValue?: number }>
        lighthouseVersion?: string
      }
      if (report.runtimeError) return reject(new Error(`lighthouse ${url}: ${report.runtimeError.message}`))
      const scores = Object.fromEntries(
        categories.map((c) => {
          const score = report.categories[c]?.score
          if (typeof score !== 'number') throw new Error(`lighthouse ${url}: no ${c} score`)
          return [c, Math.round(score * 100)]
        }),
      ) as Record<(typeof categories)[number], number>
      resolve({
        ...scores,
        version: report.lighthouseVersion ?? 'unknown',
        lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((report.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      })
    })
  })
}

export async function lighthouse(ctx: BenchContext): Promise<BenchResult> {
  const paths = await sitePaths(ctx.stack.cmsUrl)
  const web = ctx.stack.webUrl
  const articleHtml = await warm(`${web}${paths.article}`)
  const baseline = await paddedBaseline(ctx.baselineUrl, Buffer.byteLength(articleHtml))
  const pages: Record<string, string> = ctx.quick
    ? { article: `${web}${paths.article}` }
    : {
        home: `${web}/`,
        article: `${web}${paths.article}`,
        topic: `${web}${paths.topic}`,
        person: `${web}${paths.person}`,
      }
  pages['bare Next.js page'] = `${ctx.baselineUrl}${baseline.path}`
  const dir = path.join(ctx.tmpDir, 'lighthouse')
  mkdirSync(dir, { recursive: true })
  const results: Record<string, Scores & { url: string }> = {}
  for (const [name, url] of Object.entries(pages)) {
    await warm(url)
    results[name] = {
      url,
      ...(await runLighthouse(url, path.join(dir, `${name.replace(/\W+/g, '-')}.json`))),
    }
    ctx.log(`lighthouse: ${name}: ${categories.map((c) => `${c} ${results[name]![c]}`).join(', ')}`)
  }
  const base = results['bare Next.js page']!
  return {
    figures: {
      // As the reports say, so a lighthouse other than the pinned one shows here.
      lighthouse: [...new Set(Object.values(results).map((r) => r.version))].join(', '),
      formFactor: 'mobile',
      chromium: chromePath(),
      pages: results,
      lcpVsBaseline: Object.fromEntries(
        Object.entries(results).map(([name, s]) => [name, Number((s.lcpMs / base.lcpMs).toFixed(2))]),
      ),
    },
    summary: [
      '| page | performance | accessibility | best practices | SEO | LCP ms | LCP ÷ bare | TBT ms | CLS |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...Object.entries(results).map(
        ([name, s]) =>
          `| ${name} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${s.lcpMs} | ${(s.lcpMs / base.lcpMs).toFixed(2)} | ${s.tbtMs} | ${s.cls} |`,
      ),
      '',
      `Performance of the article vs the bare page: ${results.article!.performance} vs ${base.performance}; LCP ${results.article!.lcpMs} vs ${base.lcpMs} ms.`,
    ],
    budgets: lighthouseBudgets(results, 'bare Next.js page'),
  }
}
