/**
 * `npm run bench`: the five benchmarks of issue 7 against a throw-away Haven stack (production builds,
 * fresh SQLite, seeded) and a bare Next.js app built from `bench/baseline` with the same next/react.
 * Every figure is reported next to a baseline measured in the same run, on the same machine.
 *
 *   npm run bench                       full run, results in bench/results/
 *   npm run bench -- --quick            CI-sized run (small sizes, short loads), results in tests/.artifacts/bench/
 *   npm run bench -- --only=serving,weight   a subset (weight, serving, publish, lighthouse, growth, import,
 *                                       invalidation),
 *                                       results in tests/.artifacts/bench-partial/ (never over a full run's)
 *   npm run bench -- --reuse-builds     skip the builds when production builds exist (as --quick does)
 *
 * Budgets are checked and printed, never asserted; the exit code is non-zero only when a benchmark
 * could not run. Ports: HAVEN_BENCH_PORT (default HAVEN_E2E_PORT + 10, i.e. 3110) and the next nine
 * (web, CMS, baseline, nginx, edge, notice recorder; the invalidation benchmark's own stack on +6 to +9).
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { inheritedEnv, scriptEnv } from '../scripts/lib/env'
import { bin, rootDir, run, startService, waitForOk } from '../scripts/lib/proc'
import { stopChildren } from '../scripts/lib/stack'
import { growth } from './growth'
import { importBench } from './import'
import { invalidation } from './invalidation'
import type { BenchContext, BenchResult, Budget } from './lib/context'
import { startEdgeStack } from './lib/edge'
import { lighthouse } from './lighthouse'
import { publish } from './publish'
import { serving } from './serving'
import { weight } from './weight'

const benchmarks = {
  weight,
  serving,
  publish,
  lighthouse,
  growth,
  import: importBench,
  invalidation,
} as const
/**
 * Benchmarks that make their own databases (and stacks) and need no running stack: they run after
 * the shared stack has stopped, so two web servers never share the build's run-time cache.
 */
const standalone = new Set<string>(['import', 'invalidation'])
type Name = keyof typeof benchmarks

export type BenchOutcome = { name: Name; ok: boolean; seconds: number; error?: string; result?: BenchResult }

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
// A quick (CI) run leaves out the invalidation benchmark unless asked for by name: it crawls every page
// of a generated site after each of its 12 edits, ~13 min on the 2-core CI machine, and CI has 30 min.
const only = (option('only')?.split(',') ??
  (quick ? Object.keys(benchmarks).filter((name) => name !== 'invalidation') : undefined)) as
  Name[] | undefined
for (const name of only ?? [])
  if (!(name in benchmarks))
    throw new Error(`--only: unknown benchmark "${name}" (${Object.keys(benchmarks).join(', ')})`)
// Only a full run of every benchmark replaces the committed results; a quick or partial run writes
// beside the test artifacts unless told where.
const outDir = path.resolve(
  option('out') ??
    path.join(
      rootDir,
      quick
        ? 'tests/.artifacts/bench/results'
        : only
          ? 'tests/.artifacts/bench-partial/results'
          : 'bench/results',
    ),
)
// Beside the browser suite's ports (HAVEN_E2E_PORT, default 3100), so one variable moves a checkout's servers.
const { HAVEN_BENCH_PORT, HAVEN_E2E_PORT } = scriptEnv()
const basePort = HAVEN_BENCH_PORT ?? (HAVEN_E2E_PORT ?? 3100) + 10
const baselineDir = path.join(rootDir, 'bench/baseline')

const started = Date.now()
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`)

async function main(): Promise<number> {
  // A partial run has scratch space of its own, so it can run beside another selection.
  const tmpDir = path.join(
    rootDir,
    'tests/.artifacts',
    quick ? 'bench/tmp' : only ? `bench-partial/tmp-${only.join('-')}` : 'bench-full/tmp',
  )
  rmSync(tmpDir, { recursive: true, force: true })
  mkdirSync(tmpDir, { recursive: true })
  mkdirSync(outDir, { recursive: true })
  const children: ChildProcess[] = []
  let stopEdge = () => {}
  const stop = () => (stopChildren(children), stopEdge())
  process.on('SIGINT', () => (stop(), process.exit(130)))
  process.on('SIGTERM', () => (stop(), process.exit(143)))
  const outcomes: BenchOutcome[] = []
  const needsStack = !only || only.some((name) => !standalone.has(name))
  try {
    const runStandalone = async () => {
      for (const name of Object.keys(benchmarks) as Name[])
        if (standalone.has(name) && (!only || only.includes(name)))
          await runOne(name, standaloneContext(tmpDir))
    }
    if (!needsStack) {
      await runStandalone()
      return finish()
    }
    // A quick run reuses existing production builds (CI has just built them for the browser tests).
    const built = (app: string) => existsSync(path.join(rootDir, app, '.next/BUILD_ID'))
    const reuse = quick || args.includes('--reuse-builds')
    const buildApps = !reuse || !built('apps/web') || !built('apps/cms')
    log(`starting the stack on ${basePort}/${basePort + 1}${buildApps ? ' (building both apps)' : ''}`)
    // Behind the edge cache, as `npm run start:edge` runs it: serving and publish measure both.
    const stack = await startEdgeStack({
      name: 'bench-stack',
      ports: { web: basePort, cms: basePort + 1, edge: basePort + 4, recorder: basePort + 5 },
      build: buildApps,
      dir: path.join(tmpDir, 'edge'),
    })
    children.push(...stack.children)
    stopEdge = stack.stop
    if (!reuse || !built('bench/baseline')) {
      log('building the bare Next.js baseline')
      await run(bin('next'), ['build', baselineDir], {
        cwd: rootDir,
        env: { ...inheritedEnv(), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
        stdio: 'ignore',
      })
    }
    const baselineUrl = `http://localhost:${basePort + 2}`
    const baseline = startService(
      'bench-baseline',
      bin('next'),
      ['start', baselineDir, '--port', String(basePort + 2)],
      {
        cwd: rootDir,
        env: { ...inheritedEnv(), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      },
    )
    children.push(baseline)
    await waitForOk(`${baselineUrl}/`, 60_000)
    const pids = {
      cms: stack.children[1]!.pid!,
      web: stack.children[2]!.pid!,
      baseline: baseline.pid!,
      edge: stack.edgePid,
    }
    const ctx: BenchContext = {
      quick,
      stack,
      baselineUrl,
      pids,
      nginxPort: basePort + 3,
      basePort,
      edgeUrl: stack.edgeUrl,
      tmpDir,
      outDir,
      log,
    }
    for (const name of Object.keys(benchmarks) as Name[]) {
      if ((only && !only.includes(name)) || standalone.has(name)) continue
      await runOne(name, ctx)
    }
    stop()
    await runStandalone()
  } catch (error) {
    log(`the benchmark stack could not start: ${error instanceof Error ? error.message : String(error)}`)
    for (const name of Object.keys(benchmarks) as Name[])
      if ((!only || only.includes(name)) && !outcomes.some((o) => o.name === name))
        outcomes.push({ name, ok: false, seconds: 0, error: 'the stack could not start' })
  } finally {
    stop()
  }
  return finish()

  async function runOne(name: Name, ctx: BenchContext): Promise<void> {
    log(`=== ${name}`)
    const t0 = Date.now()
    try {
      const result = await benchmarks[name](ctx)
      outcomes.push({ name, ok: true, seconds: (Date.now() - t0) / 1000, result })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      log(`${name} could not run: ${message}`)
      outcomes.push({ name, ok: false, seconds: (Date.now() - t0) / 1000, error: message })
    }
    log(`${name}: ${outcomes.at(-1)!.ok ? 'done' : 'FAILED'} in ${outcomes.at(-1)!.seconds.toFixed(0)} s`)
  }

  function finish(): number {
    report(outcomes)
    return outcomes.every((o) => o.ok) ? 0 : 1
  }
}

/** The context of a benchmark that starts nothing shared (it never touches `stack` or the baseline). */
function standaloneContext(tmpDir: string): BenchContext {
  const none = 'http://127.0.0.1:9'
  return {
    quick,
    stack: { webUrl: none, cmsUrl: none, env: inheritedEnv(), pids: [], dir: tmpDir },
    baselineUrl: none,
    pids: { cms: 0, web: 0, baseline: 0, edge: 0 },
    nginxPort: 0,
    basePort,
    edgeUrl: none,
    tmpDir,
    outDir,
    log,
  }
}

function report(outcomes: BenchOutcome[]): void {
  const seconds = (Date.now() - started) / 1000
  const budgets: Budget[] = outcomes.flatMap((o) => o.result?.budgets ?? [])
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
    node: process.version,
  }
  const json = {
    mode: quick ? 'quick' : 'full',
    startedAt: new Date(started).toISOString(),
    durationSeconds: Math.round(seconds),
    machine,
    benchmarks: Object.fromEntries(
      outcomes.map((o) => [
        o.name,
        { ok: o.ok, seconds: Math.round(o.seconds), error: o.error, ...o.result?.figures },
      ]),
    ),
    budgets,
  }
  writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`)
  for (const o of outcomes)
    for (const chart of o.result?.charts ?? []) writeFileSync(path.join(outDir, chart.file), chart.svg)
  const titles: Record<Name, string> = {
    weight: 'Weight',
    serving: 'Serving',
    publish: 'Publish to live',
    lighthouse: 'Lighthouse (mobile)',
    growth: 'Cost growth',
    import: 'WordPress import',
    invalidation: 'Invalidation precision and fan-out',
  }
  const md = [
    `# Benchmark results (${json.mode} run)`,
    '',
    `${json.startedAt}, ${Math.round(seconds)} s, on ${machine.cpus} × ${machine.cpuModel} (${machine.memoryGb} GB), Node ${machine.node}; load average at the end ${machine.loadAverageAtEnd.join(' / ')}. The machine is shared: read the ratios, not the absolute figures. Everything here is in \`results.json\`.`,
    '',
    '## Budgets',
    '',
    ...(budgets.length
      ? budgets.map((b) => `- ${b.met ? '✅ checked' : '❌ not met'}: ${b.name}: ${b.detail}`)
      : ['- none measured']),
    ...outcomes.flatMap((o) => [
      '',
      `## ${titles[o.name]}`,
      '',
      ...(o.ok ? o.result!.summary : [`**Could not run:** ${o.error}`]),
    ]),
    '',
  ].join('\n')
  writeFileSync(path.join(outDir, 'summary.md'), md)
  console.log(`\n${md}`)
  console.log(
    `budgets: ${budgets.filter((b) => b.met).length} checked, ${budgets.filter((b) => !b.met).length} not met`,
  )
  console.log(
    `benchmarks: ${outcomes.filter((o) => o.ok).length} ran, ${outcomes.filter((o) => !o.ok).length} could not run`,
  )
  log(`results in ${path.relative(rootDir, outDir)}/ (results.json, summary.md)`)
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
