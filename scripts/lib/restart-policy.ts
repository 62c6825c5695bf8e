/**
 * What `npm start` does when a service it runs exits on its own: restart it after a back-off, or give
 * up. A pure decision (no clock, no processes), so every case is a row in a table-driven test; the
 * supervisor (`supervisor.ts`) only measures the run and applies the answer.
 */

export type RestartPolicy = {
  /** Wait before the first restart after a healthy run. */
  initialDelayMs: number
  /** The back-off doubles per consecutive failure up to this. */
  maxDelayMs: number
  /** A run that lasted this long counts as healthy: the next failure starts the back-off again. */
  healthyAfterMs: number
  /** Consecutive short runs after which the service is left down (a broken build or config). */
  maxConsecutiveFailures: number
}

/** 1 s doubling to 30 s, reset after a healthy minute; give up after 10 short runs in a row (about 3 minutes of tries). */
export const defaultRestartPolicy: RestartPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  healthyAfterMs: 60_000,
  maxConsecutiveFailures: 10,
}

export type RunEnded = {
  /** How long the run that just ended lasted. */
  uptimeMs: number
  /** Short runs in a row before this one (0 after a healthy run or at first start). */
  consecutiveFailures: number
}

export type RestartDecision =
  | { action: 'restart'; delayMs: number; consecutiveFailures: number }
  | { action: 'give-up'; consecutiveFailures: number; reason: string }

/** The answer for a service whose run just ended: when to start it again, or to leave it down. */
export function decideRestart(policy: RestartPolicy, ended: RunEnded): RestartDecision {
  const healthy = ended.uptimeMs >= policy.healthyAfterMs
  // This run counts as a failure in a row unless it was healthy (then it starts a new series at 1).
  const failures = healthy ? 1 : ended.consecutiveFailures + 1
  if (failures > policy.maxConsecutiveFailures)
    return {
      action: 'give-up',
      consecutiveFailures: failures,
      reason: `exited ${failures} times in a row, each within ${policy.healthyAfterMs / 1000} s of starting`,
    }
  const delayMs = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (failures - 1))
  return { action: 'restart', delayMs, consecutiveFailures: failures }
}

/** "exit code 1", "signal SIGKILL": how a child process ended, for the log. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `signal ${signal}`
  return `exit code ${code ?? 'unknown'}`
}
