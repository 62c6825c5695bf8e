import { REVALIDATE_SECRET_HEADER, revalidateBodySchema, type RevalidateResponse } from '@haven/schemas'
import { revalidateTag } from 'next/cache'

import { env } from '@/env'
import { secretMatches } from '@/lib/secret'

/**
 * `POST /api/revalidate`: the CMS names the cache tags a change affects; every page built from them
 * is regenerated on its next request. Authenticated by `REVALIDATE_SECRET`; anything else gets 401 and
 * changes nothing.
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
  // `expire: 0` drops the entries now, so the very next reader sees the change (not one stale view).
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  const result: RevalidateResponse = { revalidated: tags, now: Date.now() }
  return Response.json(result)
}
