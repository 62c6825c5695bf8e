/**
 * Serving: requests per second and p50/p99 latency of the cached flagship article, against (a) the bare
 * Next.js page padded to the same HTML size, served by `next start` the same way, and (b) the same
 * article HTML as a static file from nginx (the ceiling on this machine). wrk on loopback, bounded in
 * time; the targets take turns round by round so that load from elsewhere hits all of them alike.
 * Fourth target (issue 12): the same article through the edge cache (Varnish, started as
 * `npm run start:edge` starts it), whose budget is against nginx serving the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { BenchContext, BenchResult } from './lib/context'
import { cpuMs } from './lib/cpu'
import { startNginx } from './lib/nginx'
import { warmEdge } from './lib/edge'
import { paddedBaseline, sitePaths, warm } from './lib/site'
import { median, round } from './lib/stats'
import { wrk, type LoadResult } from './lib/wrk'

export async function serving(ctx: BenchContext): Promise<BenchResult> {
  const rounds = ctx.quick ? 1 : 3
  const seconds = ctx.quick ? 3 : 8
  const connections = 32
  const paths = await sitePaths(ctx.stack.cmsUrl)
  const articleUrl = `${ctx.stack.webUrl}${paths.article}`
  const html = await warm(articleUrl)
  const bytes = Buffer.byteLength(html)
  const edgeUrl = `${ctx.edgeUrl}${paths.article}`
  const edgeBytes = Buffer.byteLength(await warmEdge(edgeUrl))
  const baseline = await paddedBaseline(ctx.baselineUrl, bytes)
  const www = path.join(ctx.tmpDir, 'www')
  mkdirSync(www, { recursive: true })
  writeFileSync(path.join(www, 'article.html'), html)
  const nginx = await startNginx(path.join(ctx.tmpDir, 'nginx'), www, ctx.nginxPort, '/article.html')
  const targets = {
    article: articleUrl,
    baseline: `${ctx.baselineUrl}${baseline.path}`,
    nginx: `http://127.0.0.1:${ctx.nginxPort}/article.html`,
    edge: edgeUrl,
  }
  const pids = { article: ctx.pids.web, baseline: ctx.pids.baseline, nginx: nginx.pid!, edge: ctx.pids.edge }
  type Run = LoadResult & { cpuMsPerRequest: number }
  const runs: Record<keyof typeof targets, Run[]> = { article: [], baseline: [], nginx: [], edge: [] }
  try {
    for (const url of Object.values(targets)) await wrk(url, 1, 8) // warm-up, not recorded
    for (let r = 0; r < rounds; r++) {
      // Alternate the order round by round, so no target always runs right after another's load.
      const order = Object.entries(targets) as [keyof typeof targets, string][]
      for (const [name, url] of r % 2 ? order.reverse() : order) {
        const cpuBefore = cpuMs(pids[name])
        const load = await wrk(url, seconds, connections)
        const result = { ...load, cpuMsPerRequest: (cpuMs(pids[name]) - cpuBefore) / load.requests }
        if (result.errors > 0)
          throw new Error(`${name}: ${result.errors} failed responses under load (${url})`)
        runs[name].push(result)
        ctx.log(
          `serving: ${name} round ${r + 1}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${round(result.cpuMsPerRequest, 3)} ms CPU per request`,
        )
      }
    }
  } finally {
    nginx.kill('SIGTERM')
  }
  // Still a cache hit after the load: the figure is for the cached page, not for renders.
  await warm(articleUrl)
  await warmEdge(edgeUrl)
  const summarise = (list: Run[]) => ({
    cpuMsPerRequest: round(median(list.map((r) => r.cpuMsPerRequest)), 3),
    requestsPerSecond: round(median(list.map((r) => r.requestsPerSecond)), 0),
    p50Ms: round(median(list.map((r) => r.latencyMs.p50))),
    p99Ms: round(median(list.map((r) => r.latencyMs.p99))),
    rounds: list.map((r) => ({
      rps: round(r.requestsPerSecond, 0),
      cpuMsPerRequest: round(r.cpuMsPerRequest, 3),
      p50: r.latencyMs.p50,
      p99: r.latencyMs.p99,
    })),
  })
  const article = summarise(runs.article)
  const bare = summarise(runs.baseline)
  const ceiling = summarise(runs.nginx)
  const edge = summarise(runs.edge)
  const edgeVsNginx = round(edge.requestsPerSecond / ceiling.requestsPerSecond)
  const vsBaseline = round(article.requestsPerSecond / bare.requestsPerSecond)
  const vsNginx = round(article.requestsPerSecond / ceiling.requestsPerSecond, 3)
  const cpuVsBaseline = round(article.cpuMsPerRequest / bare.cpuMsPerRequest)
  const baselineBytes = Buffer.byteLength(baseline.html)
  return {
    figures: {
      load: { tool: 'wrk', threads: 2, connections, secondsPerRun: seconds, rounds },
      htmlBytes: { article: bytes, baseline: baselineBytes, edge: edgeBytes },
      urls: targets,
      article,
      baseline: bare,
      nginx: ceiling,
      edge,
      ratios: {
        edgeVsNginxRps: edgeVsNginx,
        articleVsBaselineRps: vsBaseline,
        articleVsNginxRps: vsNginx,
        articleVsBaselineCpuPerRequest: cpuVsBaseline,
      },
    },
    summary: [
      `| target | req/s | p50 ms | p99 ms | server CPU ms per request |`,
      `| --- | ---: | ---: | ---: | ---: |`,
      `| cached article (${bytes} B) | ${article.requestsPerSecond} | ${article.p50Ms} | ${article.p99Ms} | ${article.cpuMsPerRequest} |`,
      `| bare Next.js page (${baselineBytes} B) | ${bare.requestsPerSecond} | ${bare.p50Ms} | ${bare.p99Ms} | ${bare.cpuMsPerRequest} |`,
      `| nginx static file (same HTML) | ${ceiling.requestsPerSecond} | ${ceiling.p50Ms} | ${ceiling.p99Ms} | ${ceiling.cpuMsPerRequest} |`,
      `| cached article through the edge (Varnish, ${edgeBytes} B) | ${edge.requestsPerSecond} | ${edge.p50Ms} | ${edge.p99Ms} | ${edge.cpuMsPerRequest} |`,
      '',
      `Edge ÷ nginx: **${edgeVsNginx}×** req/s (Varnish's CPU per request is its manager and worker processes').`,
      '',
      `Article ÷ bare Next.js: **${vsBaseline}×** req/s and **${cpuVsBaseline}×** the server CPU per request; article ÷ nginx: **${vsNginx}×** req/s. Medians of ${rounds} interleaved round(s) of ${seconds} s, ${connections} connections. CPU per request is the server process's user + system time over the run divided by the requests served: it depends far less on other load on the machine than req/s does.`,
    ],
    budgets: [
      {
        name: 'cached article serves ≥ 0.9× the req/s of a bare Next.js page of the same HTML size',
        met: vsBaseline >= 0.9,
        detail: `${vsBaseline}× (${article.requestsPerSecond} vs ${bare.requestsPerSecond} req/s)`,
      },
      {
        name: 'cached article through the edge serves ≥ 0.5× the req/s of nginx serving the same bytes',
        met: edgeVsNginx >= 0.5,
        detail: `${edgeVsNginx}× (${edge.requestsPerSecond} vs ${ceiling.requestsPerSecond} req/s)`,
      },
    ],
  }
}
