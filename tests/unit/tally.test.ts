import {
  benchTally,
  checkTally,
  exitCodeOf,
  jestTally,
  summaryLines,
  type JestJson,
  type StepResult,
} from '../../scripts/lib/tally'

const json = (over: Partial<JestJson> = {}): JestJson => ({
  numPassedTests: 12,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  numRuntimeErrorTestSuites: 0,
  numTotalTests: 12,
  ...over,
})

describe('counting one jest project', () => {
  it.each([
    ['all passed', json(), 0, { passed: 12, failed: 0, skipped: 0 }, []],
    [
      'failures and skips',
      json({ numPassedTests: 9, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1, numTotalTests: 13 }),
      1,
      { passed: 9, failed: 2, skipped: 2 },
      [],
    ],
    [
      'a suite that crashed before its tests ran',
      json({ numPassedTests: 4, numRuntimeErrorTestSuites: 1, numTotalTests: 4 }),
      1,
      { passed: 4, failed: 1, skipped: 0 },
      [],
    ],
    [
      'a project whose pattern matches no file',
      json({ numPassedTests: 0, numTotalTests: 0 }),
      1,
      { passed: 0, failed: 1, skipped: 0 },
      ['unit:web: ran no tests (does its testMatch match any file?)'],
    ],
    [
      'zero tests even when jest exits 0 (passWithNoTests)',
      json({ numPassedTests: 0, numTotalTests: 0 }),
      0,
      { passed: 0, failed: 1, skipped: 0 },
      ['unit:web: ran no tests (does its testMatch match any file?)'],
    ],
    [
      'only suites that crashed: the crash is the failure, not "no tests"',
      json({ numPassedTests: 0, numTotalTests: 0, numRuntimeErrorTestSuites: 2 }),
      1,
      { passed: 0, failed: 2, skipped: 0 },
      [],
    ],
    [
      'a non-zero exit with every test passing (an open handle, a failing global teardown)',
      json(),
      1,
      { passed: 12, failed: 1, skipped: 0 },
      ['unit:web: jest exited with code 1 although no test failed'],
    ],
    [
      'no JSON at all (jest died before writing it)',
      null,
      1,
      { passed: 0, failed: 1, skipped: 0 },
      [expect.stringMatching(/^unit:web: jest wrote no results/)],
    ],
  ] as const)('%s', (_, result, code, tally, problems) => {
    expect(jestTally('unit:web', result, code)).toEqual({ tally, problems })
  })
})

describe('counting checks and benchmarks', () => {
  it('counts a check by its exit code', () => {
    expect(checkTally(0)).toEqual({ passed: 1, failed: 0, skipped: 0 })
    expect(checkTally(2)).toEqual({ passed: 0, failed: 1, skipped: 0 })
  })

  it.each([
    ['all ran', { serving: { ok: true }, weight: { ok: true } }, 0, 2, 0, []],
    [
      'one could not run',
      { serving: { ok: true }, weight: { ok: false } },
      1,
      1,
      1,
      ['bench: weight could not run'],
    ],
    ['no results file', null, 1, 0, 1, [expect.stringMatching(/^bench: wrote no results\.json/)]],
    ['an empty results file', {}, 0, 0, 1, ['bench: no benchmark ran']],
    [
      'a non-zero exit with all run',
      { serving: { ok: true } },
      1,
      1,
      1,
      [expect.stringMatching(/exited with code 1/)],
    ],
  ] as const)('benchmarks: %s', (_, benchmarks, code, passed, failed, problems) => {
    expect(benchTally(benchmarks, code)).toEqual({ tally: { passed, failed, skipped: 0 }, problems })
  })
})

const step = (
  name: string,
  kind: StepResult['kind'],
  passed: number,
  failed: number,
  skipped = 0,
  problems: string[] = [],
): StepResult => ({ name, kind, tally: { passed, failed, skipped }, seconds: 1.25, problems })

describe('the summary', () => {
  const everything = [
    step('lint', 'check', 1, 0),
    step('format', 'check', 0, 1),
    step('typecheck:cms', 'check', 1, 0),
    step('unit:cms', 'tests', 40, 0, 2),
    step('unit:web', 'tests', 0, 1, 0, ['unit:web: ran no tests (does its testMatch match any file?)']),
    step('integration', 'tests', 300, 2),
    step('bench', 'benchmarks', 4, 1, 0, ['bench: weight could not run']),
  ]

  it('counts only tests on the tests line, which is the last line', () => {
    const lines = summaryLines(everything)
    expect(lines.at(-1)).toBe('tests: 340 passed, 3 failed, 2 skipped')
  })

  it('reports checks and benchmarks on their own lines, and the problems no test names', () => {
    const lines = summaryLines(everything)
    expect(lines).toContain('checks: 2 passed, 1 failed')
    expect(lines).toContain('benchmarks: 4 ran, 1 could not run')
    expect(lines).toContain('problem: unit:web: ran no tests (does its testMatch match any file?)')
    expect(lines).toContain('problem: bench: weight could not run')
    expect(lines.find((line) => line.startsWith('bench '))).toMatch(/4 ran +1 could not run/)
    expect(lines.find((line) => line.startsWith('unit:cms '))).toMatch(
      /40 passed +0 failed 2 skipped +1\.3 s$/,
    )
  })

  it('leaves out the checks and benchmarks lines when none ran, and the skipped count when zero', () => {
    expect(summaryLines([step('unit:cms', 'tests', 3, 0)])).toEqual([
      expect.stringMatching(/^unit:cms +3 passed +0 failed +1\.3 s$/),
      'tests: 3 passed, 0 failed',
    ])
  })

  it.each([
    ['everything passed', [step('lint', 'check', 1, 0), step('unit:cms', 'tests', 3, 0)], 0],
    ['a check failed, every test passed', [step('lint', 'check', 0, 1), step('unit:cms', 'tests', 3, 0)], 1],
    ['a benchmark could not run', [step('bench', 'benchmarks', 4, 1)], 1],
    ['a test failed', [step('unit:cms', 'tests', 3, 1)], 1],
    ['a project ran nothing', [step('unit:web', 'tests', 0, 1)], 1],
  ] as const)('exits non-zero when anything failed: %s', (_, results, code) => {
    expect(exitCodeOf([...results])).toBe(code)
  })
})
