import { ALL_CONTENT_TAG, REVALIDATE_SECRET_HEADER } from '@haven/schemas'

export type DropResult = { ok: true } | { ok: false; reason: string }

/**
 * Tells the web app at `webUrl` to drop every cached page (the tag every CMS read carries); each is
 * rebuilt from the CMS on its next request. For a restore, and for a web app that was down while
 * changes were saved (their notices could not reach it).
 */
export async function dropWebCache(webUrl: string, secret: string): Promise<DropResult> {
  const url = `${webUrl.replace(/\/$/, '')}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: secret },
      body: JSON.stringify({ tags: [ALL_CONTENT_TAG], expireNow: true }),
      signal: AbortSignal.timeout(10_000),
    })
    return response.ok ? { ok: true } : { ok: false, reason: `${url} answered ${response.status}` }
  } catch (error) {
    return { ok: false, reason: `${url} could not be reached (${(error as Error).message})` }
  }
}
