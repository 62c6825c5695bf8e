import { env } from '@/env'

/** How long a revalidation waits for the edge cache to confirm a purge. */
const EDGE_PURGE_MS = 3000

export type EdgePurge = { ok: true } | { ok: false; error: string }

/**
 * Purges the pages tagged with any of `tags` from the edge cache (Varnish with xkey, EDGE_URL): HTML
 * and RSC variants alike, since both carry the page's tags. `soft` marks them stale instead of
 * dropping them (the origin is keeping its last good pages while the CMS is out of reach: the edge
 * must not lose its copies either). Nothing to do without EDGE_URL.
 */
export async function purgeEdge(tags: string[], { soft }: { soft: boolean }): Promise<EdgePurge | null> {
  if (!env.EDGE_URL || tags.length === 0) return null
  try {
    const response = await fetch(env.EDGE_URL, {
      method: 'PURGE',
      headers: { 'xkey-purge': tags.join(' '), ...(soft ? { 'xkey-soft': '1' } : {}) },
      signal: AbortSignal.timeout(EDGE_PURGE_MS),
    })
    if (response.ok) return { ok: true }
    return {
      ok: false,
      error: `the edge cache answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
    }
  } catch (cause) {
    return {
      ok: false,
      error: `the edge cache at ${env.EDGE_URL} could not be reached (${cause instanceof Error ? cause.message : String(cause)})`,
    }
  }
}
