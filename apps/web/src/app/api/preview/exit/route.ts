import { safeSitePath, SITE_PATH_RULE } from '@haven/schemas'
import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { endDraftSession } from '@/lib/preview'

/**
 * `GET /api/preview/exit?path=/articles/slug`: leaves draft mode and shows what readers see. The path
 * must be one on this site (`safeSitePath`): anything else is refused, never followed to another host.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const given = request.nextUrl.searchParams.get('path')
  const location = given === null ? '/' : safeSitePath(given)
  if (location === null)
    return Response.json(
      { error: `path: ${SITE_PATH_RULE}` },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    )
  ;(await draftMode()).disable()
  await endDraftSession()
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': 'no-store' } })
}
