/**
 * Runs long-lived services (the CMS and the web app under `npm start`) and restarts one that exits on
 * its own, after the back-off `decideRestart` chooses, logging each restart with how the process
 * ended and the next delay. The other services are not touched: the reader site keeps serving its
 * cached pages while the CMS is down. `stop()` (Ctrl-C) ends everything and restarts nothing.
 *
 * Hand-written rather than pm2 or similar: npm start needs two children, prefixed output and one
 * policy, and a process manager would add a daemon that outlives Ctrl-C.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process'

import { decideRestart, defaultRestartPolicy, describeExit, type RestartPolicy } from './restart-policy'
import { startService } from './proc'

export type ServiceSpec = { name: string; command: string; args: string[]; options: SpawnOptions }

export type SupervisorOptions = {
  policy?: RestartPolicy
  /** Where the supervisor's own lines go (default: stderr). */
  log?: (line: string) => void
  /** How long `stop()` waits after SIGTERM before SIGKILL. */
  graceMs?: number
  /** Called after a service is started again (not at its first start). */
  onRestart?: (name: string) => void
  /** Called once every service has given up (nothing is left running). */
  onAllGaveUp?: () => void
}

export type Supervisor = {
  /** The pid of the service's current process, or undefined while it is down. */
  pid: (name: string) => number | undefined
  /** How many times the service has been restarted so far. */
  restarts: (name: string) => number
  /** SIGTERM to every running service (SIGKILL after the grace period); resolves when all have exited. */
  stop: () => Promise<void>
}

type Running = {
  spec: ServiceSpec
  child?: ChildProcess
  startedAt: number
  consecutiveFailures: number
  restarts: number
  timer?: NodeJS.Timeout
  gaveUp: boolean
}

export function supervise(specs: ServiceSpec[], options: SupervisorOptions = {}): Supervisor {
  const policy = options.policy ?? defaultRestartPolicy
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const graceMs = options.graceMs ?? 5_000
  const services = new Map<string, Running>()
  let stopping = false

  const launch = (service: Running) => {
    service.timer = undefined
    service.startedAt = Date.now()
    const { name, command, args, options: spawnOptions } = service.spec
    const child = startService(name, command, args, spawnOptions)
    service.child = child
    log(`[supervisor] ${name} started (pid ${child.pid ?? 'unknown'})`)
    let ended = false
    const onEnd = (code: number | null, signal: NodeJS.Signals | null, error?: Error) => {
      if (ended) return
      ended = true
      if (service.child === child) service.child = undefined
      if (stopping) return
      const uptimeMs = Date.now() - service.startedAt
      const how = error ? `could not start: ${error.message}` : describeExit(code, signal)
      const decision = decideRestart(policy, { uptimeMs, consecutiveFailures: service.consecutiveFailures })
      service.consecutiveFailures = decision.consecutiveFailures
      const ran = `${(uptimeMs / 1000).toFixed(1)} s`
      if (decision.action === 'give-up') {
        service.gaveUp = true
        log(`[supervisor] ${name} stopped (${how}) after ${ran}; giving up: ${decision.reason}`)
        if ([...services.values()].every((s) => s.gaveUp)) options.onAllGaveUp?.()
        return
      }
      service.restarts += 1
      log(
        `[supervisor] ${name} stopped unexpectedly (${how}) after ${ran}; restart ${service.restarts} in ${decision.delayMs / 1000} s`,
      )
      service.timer = setTimeout(() => {
        launch(service)
        options.onRestart?.(name)
      }, decision.delayMs)
    }
    child.once('exit', (code, signal) => onEnd(code, signal))
    child.once('error', (error) => onEnd(null, null, error))
  }

  for (const spec of specs) {
    const service: Running = { spec, startedAt: 0, consecutiveFailures: 0, restarts: 0, gaveUp: false }
    services.set(spec.name, service)
    launch(service)
  }

  const stop = async () => {
    stopping = true
    const exits: Promise<unknown>[] = []
    for (const service of services.values()) {
      if (service.timer) clearTimeout(service.timer)
      const child = service.child
      if (!child || child.exitCode !== null || child.signalCode !== null) continue
      exits.push(new Promise((resolve) => child.once('exit', resolve)))
      child.kill('SIGTERM')
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      }, graceMs).unref()
    }
    await Promise.all(exits)
  }

  return {
    pid: (name) => services.get(name)?.child?.pid,
    restarts: (name) => services.get(name)?.restarts ?? 0,
    stop,
  }
}
