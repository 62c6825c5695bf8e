/**
 * `npm test`: lint, format, typecheck, unit and component tests (each jest project on its own), CMS
 * integration tests (SQLite, then PostgreSQL), browser tests and the quick benchmarks, in that order,
 * every one run even when an earlier one fails. Ends with a `checks:` line (lint, format, each
 * typecheck), a `benchmarks:` line and, last, `tests: N passed, N failed[, N skipped]`, which counts
 * tests only (see lib/tally.ts); exits non-zero if anything failed, a check or a benchmark included.
 * A jest project that ran zero tests fails. `--only=lint,unit,…` (or `--only=unit:web`) runs a subset.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { inheritedEnv } from './lib/env'
import { bin, rootDir } from './lib/proc'
import {
  benchTally,
  checkTally,
  exitCodeOf,
  jestTally,
  summaryLines,
  type JestJson,
  type StepKind,
  type StepResult,
  type Tally,
} from './lib/tally'

type Step = { name: string; kind: StepKind; run: () => Promise<{ tally: Tally; problems: string[] }> }

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
  kind: 'check',
  run: async () => ({ tally: checkTally(await exec(command, args)), problems: [] }),
})

/** One jest run (one config, or one project of it with `--selectProjects`), counted from its JSON. */
function jest(name: string, config: string, extra: string[] = [], esm = false): Step {
  return {
    name,
    kind: 'tests',
    run: async () => {
      const outputFile = path.join(artifacts, `jest-${name.replace(/[^\w-]/g, '-')}.json`)
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
          // jest writes no JSON when it finds no test; with this it does, and jestTally fails the run.
          '--passWithNoTests',
          ...extra,
        ],
        env,
      )
      let result: JestJson | null = null
      try {
        result = JSON.parse(readFileSync(outputFile, 'utf8')) as JestJson
      } catch {
        // jest died before writing results (a broken config or setup): jestTally counts a failure.
      }
      return jestTally(name, result, code)
    },
  }
}

/**
 * The unit projects of `jest.config.mjs`, run one by one so that each one's count is its own: a project
 * whose pattern matches no file fails instead of hiding among the others' tests.
 */
async function unitSteps(): Promise<Step[]> {
  const config = (await import(pathToFileURL(path.join(rootDir, 'jest.config.mjs')).href)) as {
    default: { projects: { displayName: string | { name: string } }[] }
  }
  return config.default.projects.map((project) => {
    const name = typeof project.displayName === 'string' ? project.displayName : project.displayName.name
    return jest(`unit:${name}`, 'jest.config.mjs', ['--selectProjects', name])
  })
}

/**
 * The quick benchmarks (`bench/run.ts --quick`): each benchmark that ran or could not run is reported on
 * the `benchmarks:` line, never as a test. Budgets are printed, not asserted (timings on a shared machine).
 */
const bench: Step = {
  name: 'bench',
  kind: 'benchmarks',
  run: async () => {
    const out = path.join(artifacts, 'bench/results')
    rmSync(path.join(out, 'results.json'), { force: true })
    const code = await exec(bin('tsx'), ['bench/run.ts', '--quick', `--out=${out}`])
    let benchmarks: Record<string, { ok: boolean }> | null = null
    try {
      benchmarks = (
        JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as {
          benchmarks: Record<string, { ok: boolean }>
        }
      ).benchmarks
    } catch {
      // no results at all: the harness itself is broken, which benchTally counts
    }
    return benchTally(benchmarks, code)
  },
}

async function steps(): Promise<Step[]> {
  return [
    check('lint', bin('eslint'), ['.', '--max-warnings', '0']),
    check('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']),
    check('typecheck:schemas', bin('tsc'), ['--noEmit', '-p', 'packages/schemas']),
    check('typecheck:node', bin('tsc'), ['--noEmit', '-p', 'packages/node']),
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
    ...(await unitSteps()),
    jest('integration', 'apps/cms/jest.int.config.mjs', ['--forceExit'], true),
    jest('postgres', 'apps/cms/jest.pg.config.mjs', ['--forceExit'], true),
    jest('e2e', 'tests/e2e/jest.config.mjs', ['--forceExit'], true),
    bench,
  ]
}

async function main(): Promise<void> {
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  const results: StepResult[] = []
  for (const step of await steps()) {
    if (only && !only.some((name) => step.name === name || step.name.startsWith(`${name}:`))) continue
    console.log(`\n=== ${step.name} ===`)
    const started = performance.now()
    const { tally, problems } = await step.run()
    const seconds = (performance.now() - started) / 1000
    results.push({ name: step.name, kind: step.kind, tally, seconds, problems })
  }
  // The `tests:` line is the last line printed: CI reads it.
  console.log(`\n${summaryLines(results).join('\n')}`)
  process.exit(exitCodeOf(results))
}

void main()
