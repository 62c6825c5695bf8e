/**
 * How `npm test` counts (pure, so `tests/unit/tally.test.ts` can try every case): tests from jest's JSON,
 * static checks (lint, format, each typecheck) and benchmarks each on their own line, and the one
 * `tests: N passed, N failed[, N skipped]` line last, which CI reads.
 */

export type Tally = { passed: number; failed: number; skipped: number }

/** What a step is: its own line in the summary, never added to another kind's. */
export type StepKind = 'check' | 'tests' | 'benchmarks'

export type StepResult = {
  name: string
  kind: StepKind
  tally: Tally
  seconds: number
  /** Why the step failed when no single test says so (a project that ran nothing, a crashed runner). */
  problems: string[]
}

/** The fields of jest's `--json` output this script reads. */
export type JestJson = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numRuntimeErrorTestSuites: number
  numTotalTests: number
}

/** A static check: it passed when the command exited 0. */
export function checkTally(exitCode: number): Tally {
  return exitCode === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }
}

/**
 * One jest project's run. A suite that crashed counts as a failed test; so does a run with no results
 * at all (jest died before writing them), a project that ran zero tests (its pattern matches no file:
 * every rule it should check would go unchecked) and a non-zero exit with every test passing.
 */
export function jestTally(
  project: string,
  result: JestJson | null,
  exitCode: number,
): { tally: Tally; problems: string[] } {
  if (!result)
    return {
      tally: { passed: 0, failed: 1, skipped: 0 },
      problems: [`${project}: jest wrote no results (its config or setup failed; see its output above)`],
    }
  const tally: Tally = {
    passed: result.numPassedTests,
    failed: result.numFailedTests + result.numRuntimeErrorTestSuites,
    skipped: result.numPendingTests + result.numTodoTests,
  }
  const problems: string[] = []
  if (result.numTotalTests === 0 && result.numRuntimeErrorTestSuites === 0) {
    problems.push(`${project}: ran no tests (does its testMatch match any file?)`)
    tally.failed = Math.max(tally.failed, 1)
  } else if (exitCode !== 0 && tally.failed === 0) {
    problems.push(`${project}: jest exited with code ${exitCode} although no test failed`)
    tally.failed = 1
  }
  return { tally, problems }
}

/**
 * The benchmarks: each that ran is counted as run, each that could not as not run; a harness that wrote
 * no results, or exited non-zero with every benchmark run, could not run.
 */
export function benchTally(
  benchmarks: Record<string, { ok: boolean }> | null,
  exitCode: number,
): { tally: Tally; problems: string[] } {
  if (!benchmarks)
    return {
      tally: { passed: 0, failed: 1, skipped: 0 },
      problems: ['bench: wrote no results.json (the harness failed; see its output above)'],
    }
  const all = Object.entries(benchmarks)
  const tally: Tally = {
    passed: all.filter(([, b]) => b.ok).length,
    failed: all.filter(([, b]) => !b.ok).length,
    skipped: 0,
  }
  const problems = all.filter(([, b]) => !b.ok).map(([name]) => `bench: ${name} could not run`)
  if (all.length === 0) {
    problems.push('bench: no benchmark ran')
    tally.failed = 1
  } else if (exitCode !== 0 && tally.failed === 0) {
    problems.push(`bench: exited with code ${exitCode} although every benchmark ran`)
    tally.failed = 1
  }
  return { tally, problems }
}

const sum = (results: StepResult[], kind: StepKind): Tally =>
  results
    .filter((r) => r.kind === kind)
    .reduce(
      (total, r) => ({
        passed: total.passed + r.tally.passed,
        failed: total.failed + r.tally.failed,
        skipped: total.skipped + r.tally.skipped,
      }),
      { passed: 0, failed: 0, skipped: 0 },
    )

function row({ name, kind, tally, seconds }: StepResult): string {
  const [ok, bad] = kind === 'benchmarks' ? ['ran', 'could not run'] : ['passed', 'failed']
  const skipped = tally.skipped ? ` ${tally.skipped} skipped` : ''
  return `${name.padEnd(20)} ${String(tally.passed).padStart(4)} ${ok} ${String(tally.failed).padStart(3)} ${bad}${skipped}  ${seconds.toFixed(1).padStart(6)} s`
}

/**
 * The summary printed at the end: one row per step, the problems no test names, a `checks:` line and a
 * `benchmarks:` line when such steps ran, and last the `tests:` line (tests only).
 */
export function summaryLines(results: StepResult[]): string[] {
  const lines = results.map(row)
  for (const problem of results.flatMap((r) => r.problems)) lines.push(`problem: ${problem}`)
  if (results.some((r) => r.kind === 'check')) {
    const checks = sum(results, 'check')
    lines.push(`checks: ${checks.passed} passed, ${checks.failed} failed`)
  }
  if (results.some((r) => r.kind === 'benchmarks')) {
    const bench = sum(results, 'benchmarks')
    lines.push(`benchmarks: ${bench.passed} ran, ${bench.failed} could not run`)
  }
  const tests = sum(results, 'tests')
  const skipped = tests.skipped ? `, ${tests.skipped} skipped` : ''
  lines.push(`tests: ${tests.passed} passed, ${tests.failed} failed${skipped}`)
  return lines
}

/** Non-zero when anything failed: a test, a check, or a benchmark that could not run. */
export function exitCodeOf(results: StepResult[]): number {
  return results.some((r) => r.tally.failed > 0) ? 1 : 0
}
