/**
 * `npm test`: lint, typecheck, unit and component tests, CMS integration tests (SQLite, then PostgreSQL)
 * browser tests and the quick benchmarks, in that order, every one run even when an earlier one fails. Ends with the one line
 * `tests: N passed, N failed[, N skipped]` summing every runner, and exits non-zero if anything failed.
 *
 * Lint and each workspace's typecheck count as one test each. `--only=lint,unit,…` runs a subset.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { inheritedEnv } from './lib/env'
import { bin, rootDir } from './lib/proc'

type Tally = { passed: number; failed: number; skipped: number }
type Step = { name: string; run: () => Promise<Tally> }

const artifacts = path.join(rootDir, 'tests/.artifacts')
mkdirSync(artifacts, { recursive: true })

const baseEnv: NodeJS.ProcessEnv = {
  ...inheritedEnv(),
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
}

function exec(command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: rootDir, env, stdio: 'inherit' })
    child.on('error', (error) => {
      console.error(error.message)
      resolve(1)
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

const check = (name: string, command: string, args: string[]): Step => ({
  name,
  run: async () =>
    (await exec(command, args)) === 0
      ? { passed: 1, failed: 0, skipped: 0 }
      : { passed: 0, failed: 1, skipped: 0 },
})

type JestJson = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numRuntimeErrorTestSuites: number
  numTotalTests: number
}

function jest(name: string, config: string, extra: string[] = [], esm = false): Step {
  return {
    name,
    run: async () => {
      const outputFile = path.join(artifacts, `jest-${name}.json`)
      rmSync(outputFile, { force: true })
      const env = esm
        ? {
            ...baseEnv,
            NODE_OPTIONS: `${baseEnv.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
          }
        : baseEnv
      const code = await exec(
        process.execPath,
        [
          ...(esm ? ['--experimental-vm-modules', '--no-warnings'] : []),
          path.join(rootDir, 'node_modules/jest/bin/jest.js'),
          '--config',
          config,
          '--json',
          `--outputFile=${outputFile}`,
          ...extra,
        ],
        env,
      )
      let result: JestJson
      try {
        result = JSON.parse(readFileSync(outputFile, 'utf8')) as JestJson
      } catch {
        // jest died before writing results (a broken config or setup): that is a failure, never a pass.
        return { passed: 0, failed: 1, skipped: 0 }
      }
      const failed = result.numFailedTests + result.numRuntimeErrorTestSuites
      const tally = {
        passed: result.numPassedTests,
        failed,
        skipped: result.numPendingTests + result.numTodoTests,
      }
      if (code !== 0 && tally.failed === 0) tally.failed = 1
      if (result.numTotalTests === 0 && tally.failed === 0) tally.failed = 1 // a runner that ran nothing is broken
      return tally
    },
  }
}

/**
 * The quick benchmarks (`bench/run.ts --quick`): each benchmark that ran counts as a passed test and each
 * that could not run as a failed one. Budgets are printed, not asserted (timings on a shared machine).
 */
const bench: Step = {
  name: 'bench',
  run: async () => {
    const out = path.join(artifacts, 'bench/results')
    rmSync(path.join(out, 'results.json'), { force: true })
    const code = await exec(bin('tsx'), ['bench/run.ts', '--quick', `--out=${out}`])
    try {
      const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as {
        benchmarks: Record<string, { ok: boolean }>
      }
      const all = Object.values(results.benchmarks)
      const tally = {
        passed: all.filter((b) => b.ok).length,
        failed: all.filter((b) => !b.ok).length,
        skipped: 0,
      }
      if (code !== 0 && tally.failed === 0) tally.failed = 1
      if (all.length === 0) tally.failed = 1
      return tally
    } catch {
      return { passed: 0, failed: 1, skipped: 0 } // no results at all: the harness itself is broken
    }
  },
}

const steps: Step[] = [
  check('lint', bin('eslint'), ['.', '--max-warnings', '0']),
  check('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']),
  check('typecheck:schemas', bin('tsc'), ['--noEmit', '-p', 'packages/schemas']),
  // `next typegen` writes the route types next-env.d.ts imports, without a build (a fresh clone has none).
  check('typecheck:cms', 'sh', [
    '-c',
    `cd apps/cms && ${bin('next')} typegen >/dev/null && ${bin('tsc')} --noEmit -p .`,
  ]),
  check('typecheck:web', 'sh', [
    '-c',
    `cd apps/web && ${bin('next')} typegen >/dev/null && ${bin('tsc')} --noEmit -p .`,
  ]),
  check('typecheck:scripts', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  jest('unit', 'jest.config.mjs'),
  jest('integration', 'apps/cms/jest.int.config.mjs', ['--forceExit'], true),
  jest('postgres', 'apps/cms/jest.pg.config.mjs', ['--forceExit'], true),
  jest('e2e', 'tests/e2e/jest.config.mjs', ['--forceExit'], true),
  bench,
]

async function main(): Promise<void> {
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  const total: Tally = { passed: 0, failed: 0, skipped: 0 }
  const rows: string[] = []
  for (const step of steps) {
    if (only && !only.some((name) => step.name === name || step.name.startsWith(`${name}:`))) continue
    console.log(`\n=== ${step.name} ===`)
    const started = performance.now()
    const tally = await step.run()
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    rows.push(
      `${step.name.padEnd(20)} ${String(tally.passed).padStart(4)} passed ${String(tally.failed).padStart(3)} failed ${String(tally.skipped).padStart(3)} skipped  ${seconds.padStart(6)} s`,
    )
    total.passed += tally.passed
    total.failed += tally.failed
    total.skipped += tally.skipped
  }
  console.log(`\n${rows.join('\n')}`)
  const skipped = total.skipped ? `, ${total.skipped} skipped` : ''
  console.log(`tests: ${total.passed} passed, ${total.failed} failed${skipped}`)
  process.exit(total.failed > 0 ? 1 : 0)
}

void main()
