/**
 * When the CMS was last out of reach, as this server process saw it: the CMS client records each
 * failure, and the 503 translation (`http-patches/unavailable-status.ts`) reads it. Kept on
 * `globalThis` under a registered symbol because Next.js loads the instrumentation hook and the
 * route bundles as separate module graphs: a module-level variable would exist once per graph.
 */
const lastFailureKey = Symbol.for('haven.cms.lastUnavailableAt')
const registry = globalThis as { [lastFailureKey]?: number }

/** Called by the CMS client whenever the CMS cannot be reached (or answers 502/503/504). */
export function markCmsUnavailable(now = Date.now()): void {
  registry[lastFailureKey] = now
}

/** When the CMS last could not be reached, in ms since the epoch; undefined if never. */
export function lastCmsUnavailableAt(): number | undefined {
  return registry[lastFailureKey]
}
