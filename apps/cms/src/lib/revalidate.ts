import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'
import type { Payload } from 'payload'

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
