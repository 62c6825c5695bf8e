import {
  decideRestart,
  defaultRestartPolicy,
  describeExit,
  type RestartDecision,
} from '../../scripts/lib/restart-policy'

const minute = 60_000

describe('decideRestart (npm start, default policy)', () => {
  const cases: Array<[string, { uptimeMs: number; consecutiveFailures: number }, RestartDecision]> = [
    [
      'first crash after a healthy run: 1 s',
      { uptimeMs: 5 * minute, consecutiveFailures: 0 },
      { action: 'restart', delayMs: 1_000, consecutiveFailures: 1 },
    ],
    [
      'a crash at start-up: 1 s',
      { uptimeMs: 200, consecutiveFailures: 0 },
      { action: 'restart', delayMs: 1_000, consecutiveFailures: 1 },
    ],
    [
      'second short run in a row: 2 s',
      { uptimeMs: 3_000, consecutiveFailures: 1 },
      { action: 'restart', delayMs: 2_000, consecutiveFailures: 2 },
    ],
    [
      'third: 4 s',
      { uptimeMs: 3_000, consecutiveFailures: 2 },
      { action: 'restart', delayMs: 4_000, consecutiveFailures: 3 },
    ],
    [
      'fifth: 16 s',
      { uptimeMs: 3_000, consecutiveFailures: 4 },
      { action: 'restart', delayMs: 16_000, consecutiveFailures: 5 },
    ],
    [
      'sixth: capped at 30 s',
      { uptimeMs: 3_000, consecutiveFailures: 5 },
      { action: 'restart', delayMs: 30_000, consecutiveFailures: 6 },
    ],
    [
      'tenth: still 30 s',
      { uptimeMs: 59_999, consecutiveFailures: 9 },
      { action: 'restart', delayMs: 30_000, consecutiveFailures: 10 },
    ],
    [
      'a run of exactly one minute resets the back-off',
      { uptimeMs: minute, consecutiveFailures: 7 },
      { action: 'restart', delayMs: 1_000, consecutiveFailures: 1 },
    ],
    [
      'a healthy run resets even after many failures',
      { uptimeMs: 10 * minute, consecutiveFailures: 10 },
      { action: 'restart', delayMs: 1_000, consecutiveFailures: 1 },
    ],
  ]
  it.each(cases)('%s', (_name, ended, expected) => {
    expect(decideRestart(defaultRestartPolicy, ended)).toEqual(expected)
  })

  it('gives up after the tenth short run in a row, saying why', () => {
    expect(decideRestart(defaultRestartPolicy, { uptimeMs: 2_000, consecutiveFailures: 10 })).toEqual({
      action: 'give-up',
      consecutiveFailures: 11,
      reason: 'exited 11 times in a row, each within 60 s of starting',
    })
  })

  it('follows another policy', () => {
    const policy = { initialDelayMs: 100, maxDelayMs: 250, healthyAfterMs: 1_000, maxConsecutiveFailures: 2 }
    expect(decideRestart(policy, { uptimeMs: 10, consecutiveFailures: 0 })).toMatchObject({ delayMs: 100 })
    expect(decideRestart(policy, { uptimeMs: 10, consecutiveFailures: 1 })).toMatchObject({ delayMs: 200 })
    expect(decideRestart(policy, { uptimeMs: 10, consecutiveFailures: 2 })).toMatchObject({
      action: 'give-up',
    })
  })
})

describe('describeExit', () => {
  it.each([
    [1, null, 'exit code 1'],
    [0, null, 'exit code 0'],
    [null, 'SIGKILL', 'signal SIGKILL'],
    [null, null, 'exit code unknown'],
  ] as const)('%s/%s is "%s"', (code, signal, text) => {
    expect(describeExit(code, signal)).toBe(text)
  })
})
