import {
  cmsHealthSchema,
  REVALIDATE_SECRET_HEADER,
  revalidateBodySchema,
  type RevalidateResponse,
} from '@haven/schemas'
import { revalidateTag } from 'next/cache'

import { env } from '@/env'
import { cmsGet } from '@/lib/cms'
import { purgeEdge } from '@/lib/edge-purge'
import { secretMatches } from '@/lib/secret'

/** How long the route waits for the CMS's health check before treating the CMS as out of reach. */
const CMS_PROBE_MS = 2000

/** Whether a page could be rendered again right now: the CMS answers its health check in time. */
async function cmsReachable(): Promise<boolean> {
  try {
    return (
      (await cmsGet('/health', cmsHealthSchema, { fresh: true, timeoutMs: CMS_PROBE_MS })).status === 'ok'
    )
  } catch {
    return false
  }
}

/**
 * `POST /api/revalidate`: the CMS names the cache tags a change affects; every page built from them
 * is regenerated on its next request. Authenticated by `REVALIDATE_SECRET`; anything else gets 401 and
 * changes nothing.
 *
 * With the CMS reachable, the entries expire at once (`expire: 0`), so the very next reader sees the
 * change rather than one stale view. Next.js then drops an expired page before rendering it again, so
 * while the CMS cannot be reached they are only marked stale instead (`'max'`): readers keep getting
 * the last good page while Next.js retries in the background, and the refreshed page once the CMS
 * answers. (A page that expired just before the CMS went away answers 503 until it is back.) A caller
 * that knows the cached pages are wrong (`expireNow`: a restore) has them expire at once regardless.
 * Behind the edge cache (EDGE_URL), the same tags are purged there too (soft while the CMS is out of reach).
 */
export async function POST(request: Request): Promise<Response> {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER), env.REVALIDATE_SECRET)) {
    return Response.json({ error: `missing or wrong ${REVALIDATE_SECRET_HEADER} header` }, { status: 401 })
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return Response.json({ error: 'body: must be JSON like {"tags":["article:slug"]}' }, { status: 400 })
  }
  const parsed = revalidateBodySchema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return Response.json(
      { error: `${['body', ...(issue?.path ?? [])].join('.')}: ${issue?.message}` },
      { status: 400 },
    )
  }
  const tags = [...new Set(parsed.data.tags)]
  const profile = parsed.data.expireNow || (await cmsReachable()) ? { expire: 0 } : 'max'
  for (const tag of tags) revalidateTag(tag, profile)
  // Then the edge (EDGE_URL): its copies of the same pages go in the same step, after the origin's,
  // so the edge's next fetch gets the new page. A purge that failed is a 502 naming the edge: the
  // origin's part is done, and the CMS logs the notice (a retry is harmless).
  const edge = await purgeEdge(tags, { soft: profile === 'max' })
  if (edge && !edge.ok) return Response.json({ error: `edge purge failed: ${edge.error}` }, { status: 502 })
  const result: RevalidateResponse = { revalidated: tags, now: Date.now() }
  return Response.json(result)
}
