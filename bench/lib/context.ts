import type { Stack } from '../../scripts/lib/stack'

/** What every benchmark gets: the running stack, the bare Next.js baseline, and where to write. */
export type BenchContext = {
  quick: boolean
  stack: Stack
  /** The bare Next.js baseline (`bench/baseline`), served by `next start`. */
  baselineUrl: string
  /** Process ids of the servers, for the CPU time they spend per request. */
  pids: { web: number; cms: number; baseline: number; edge: number }
  /** Port for nginx (the static-file ceiling). */
  nginxPort: number
  /** HAVEN_BENCH_PORT: a benchmark that starts servers of its own takes ports from basePort + 6 up. */
  basePort: number
  /** The edge cache (Varnish, as `npm run start:edge` runs it) in front of the stack's web server. */
  edgeUrl: string
  /** Scratch directory for this run (generated configs, static copies). */
  tmpDir: string
  outDir: string
  log: (message: string) => void
}

/** A benchmark's result: figures for the JSON file, lines for the summary, budgets it checked. */
export type BenchResult = {
  figures: Record<string, unknown>
  summary: string[]
  budgets?: Budget[]
  charts?: { file: string; svg: string }[]
}

export type Budget = { name: string; met: boolean; detail: string }

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** GET `url` and return status, headers and the body as text; never cached, with a timeout. */
export async function get(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; text: string; ms: number }> {
  const started = performance.now()
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(120_000), ...init })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, ms: performance.now() - started }
}

/** Like {@link get} but throws unless the answer is 200. */
export async function getOk(url: string, init: RequestInit = {}): ReturnType<typeof get> {
  const result = await get(url, init)
  if (result.status !== 200) throw new Error(`GET ${url} answered ${result.status}`)
  return result
}

/** The slugs and paths the benchmarks visit, read from the CMS over REST. */
export type SitePaths = {
  article: string
  topic: string
  person: string
  page: string
}

export const FLAGSHIP = 'emotional-intimacy'
