/**
 * "Temporarily unavailable" is a 503, not a 500. Next.js answers a page that threw while rendering
 * with 500 and has no API for another status, so the server process tells its responses apart
 * itself: the CMS client records when it last could not reach the CMS, and a 500 sent within a few
 * seconds of that becomes 503 with `Retry-After`, uncacheable. The body is the site's own error page
 * (`app/error.tsx`) either way, never a stack trace. Cached pages are unaffected: they are served
 * without asking the CMS, so they never fail.
 */
import { ServerResponse } from 'node:http'

const lastFailureKey = Symbol.for('haven.cms.lastUnavailableAt')
const installedKey = Symbol.for('haven.unavailableStatus.installed')
type Registry = { [lastFailureKey]?: number; [installedKey]?: boolean }
const registry = globalThis as Registry

/** How long after a failed CMS read a page failure is put down to the CMS. */
export const UNAVAILABLE_WINDOW_MS = 15_000
/** Seconds a client or crawler is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30

/** Called by the CMS client whenever the CMS cannot be reached. */
export function markCmsUnavailable(now = Date.now()): void {
  registry[lastFailureKey] = now
}

/** The status to send instead of `status`, given when the CMS last failed. */
export function statusFor(status: number, now = Date.now(), lastFailure = registry[lastFailureKey]): number {
  return status === 500 && lastFailure !== undefined && now - lastFailure <= UNAVAILABLE_WINDOW_MS
    ? 503
    : status
}

type Headers = Parameters<ServerResponse['writeHead']>[1]

/** Installs the 500 → 503 translation on this process's HTTP responses (once). */
export function installUnavailableStatus(): void {
  if (registry[installedKey]) return
  registry[installedKey] = true
  const original = ServerResponse.prototype.writeHead as (
    this: ServerResponse,
    status: number,
    ...rest: unknown[]
  ) => ServerResponse
  // writeHead(status, [message], [headers]); Node's implicit header write calls it too.
  ServerResponse.prototype.writeHead = function writeHead(
    this: ServerResponse,
    status: number,
    ...rest: unknown[]
  ) {
    if (statusFor(status) === status) return original.call(this, status, ...rest)
    const headers = rest.find((arg): arg is Headers => typeof arg === 'object' && arg !== null)
    if (headers && !Array.isArray(headers))
      for (const key of Object.keys(headers)) if (key.toLowerCase() === 'cache-control') delete headers[key]
    this.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
    this.setHeader('Cache-Control', 'no-store')
    return original.call(this, 503, 'Service Unavailable', ...(headers ? [headers] : []))
  } as ServerResponse['writeHead']
}
