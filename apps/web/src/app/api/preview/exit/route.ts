import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

/** `GET /api/preview/exit?path=/articles/slug`: leaves draft mode and shows what readers see. */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  const location = path.startsWith('/') && !path.startsWith('//') ? path : '/'
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': 'no-store' } })
}
