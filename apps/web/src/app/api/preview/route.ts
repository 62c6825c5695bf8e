import { previewSignature } from '@haven/node'
import { safeSitePath } from '@haven/schemas'
import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { env } from '@/env'
import { CMS_SESSION_COOKIE, editorialUser, startDraftSession } from '@/lib/preview'
import { secretMatches } from '@/lib/secret'

const previewable = /^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * `GET /api/preview?path=/articles/slug&signature=…`: the CMS admin's Preview button. Turns on draft
 * mode and redirects to the page only when the link was signed by the CMS (REVALIDATE_SECRET) and the
 * visitor is signed in to the CMS with an editorial role; draft pages then read with their own token,
 * while the draft session started here (bound to this user and CMS session, one hour) lasts.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const path = safeSitePath(request.nextUrl.searchParams.get('path')) ?? ''
  if (!previewable.test(path))
    return Response.json({ error: 'path: must be an article address like /articles/slug' }, { status: 400 })
  const signature = request.nextUrl.searchParams.get('signature')
  if (!secretMatches(signature, previewSignature(env.REVALIDATE_SECRET, path)))
    return Response.json(
      { error: 'signature: missing or wrong; open the preview from the CMS' },
      { status: 401 },
    )
  const token = request.cookies.get(CMS_SESSION_COOKIE)?.value
  const user = await editorialUser(token)
  if (!user || !token)
    return Response.json(
      { error: 'sign in to the CMS with an editorial role to preview drafts' },
      { status: 403, headers: { 'Cache-Control': 'no-store' } },
    )
  ;(await draftMode()).enable()
  await startDraftSession(user, token)
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
