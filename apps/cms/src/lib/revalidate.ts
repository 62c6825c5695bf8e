import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'
import type { Payload, PayloadRequest } from 'payload'

import { env } from '../env'

/**
 * Tells the web app which cache tags a change affects. Never throws: a web app that is down must not
 * stop an editor from saving (its cached pages are refreshed by the next change or a restart).
 */
export async function notifyWeb(payload: Payload, tags: string[]): Promise<boolean> {
  const unique = [...new Set(tags.filter(Boolean))]
  if (unique.length === 0) return true
  const url = `${env.WEB_INTERNAL_URL ?? env.WEB_URL}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: env.REVALIDATE_SECRET },
      body: JSON.stringify({ tags: unique }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) {
      payload.logger.warn(`revalidate: ${url} answered ${response.status} for ${unique.join(', ')}`)
      return false
    }
    return true
  } catch (error) {
    payload.logger.warn(
      `revalidate: could not reach ${url} (${error instanceof Error ? error.message : String(error)})`,
    )
    return false
  }
}

/** How long a notice waits for its request's transaction before it is sent anyway. */
const COMMIT_WAIT_LIMIT_MS = 30_000

/**
 * Tells the web app about a change once the request's database transaction has committed (at once
 * when there is none). A hook runs inside the transaction: other connections still see the old data,
 * so a reader arriving between an early notice and the commit would re-render from the old data and
 * cache it until the next change. Payload drops `req.transactionID` on commit (and on rollback, when
 * a spare notice is harmless). Not awaited: the commit itself waits for the hook to return.
 */
export function notifyWebAfterCommit(req: PayloadRequest, tags: string[]): void {
  const started = Date.now()
  const attempt = (): void => {
    if (req.transactionID && Date.now() - started < COMMIT_WAIT_LIMIT_MS) {
      setTimeout(attempt, 5)
      return
    }
    void notifyWeb(req.payload, tags)
  }
  attempt()
}

/** Cache tags of a document: its collection (every listing) and the document itself, by slug. */
export function documentTags(
  collection: string,
  ...docs: ({ slug?: unknown; path?: unknown } | null | undefined)[]
): string[] {
  const tags = [collection]
  for (const doc of docs) {
    const key = typeof doc?.path === 'string' ? doc.path : typeof doc?.slug === 'string' ? doc.slug : null
    if (key) tags.push(`${collection}:${key}`)
  }
  return tags
}
