import { spawn } from 'node:child_process'

export type LoadResult = {
  url: string
  seconds: number
  connections: number
  requests: number
  requestsPerSecond: number
  latencyMs: { p50: number; p90: number; p99: number }
  /** Responses other than 2xx/3xx, plus socket errors: a run with any is not a valid measurement. */
  errors: number
}

/** Latency in ms from wrk's `1.23ms` / `456.00us` / `1.02s`. */
function ms(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!match) throw new Error(`wrk: cannot read latency "${value}"`)
  const n = Number(match[1])
  return match[2] === 'us' ? n / 1000 : match[2] === 'ms' ? n : match[2] === 's' ? n * 1000 : n * 60_000
}

/** Parses the report of `wrk --latency`. */
export function parseWrk(output: string, url: string, seconds: number, connections: number): LoadResult {
  const requests = /(\d+) requests in/.exec(output)
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output)
  const latency = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(output)
    if (!m) throw new Error(`wrk: no ${p}th percentile in its report`)
    return ms(m[1]!)
  }
  if (!requests || !rps) throw new Error(`wrk: unexpected report:\n${output}`)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const errors =
    Number(non2xx?.[1] ?? 0) + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0)
  return {
    url,
    seconds,
    connections,
    requests: Number(requests[1]),
    requestsPerSecond: Number(rps[1]),
    latencyMs: { p50: latency('50'), p90: latency('90'), p99: latency('99') },
    errors,
  }
}

/** Runs Debian's `wrk` on loopback for `seconds` with `connections` connections on 2 threads. */
export function wrk(url: string, seconds: number, connections: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'wrk',
      ['--latency', '-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', url],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (out += c.toString()))
    child.on('error', (error) => reject(new Error(`wrk: ${error.message} (install Debian's wrk)`)))
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk exited ${code}:\n${out}`))
      try {
        resolve(parseWrk(out, url, seconds, connections))
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
  })
}
