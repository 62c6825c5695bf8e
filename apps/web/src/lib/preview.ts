/**
 * Draft preview for editorial staff. The preview route (`/api/preview`) checks the CMS's signed link
 * and the visitor's CMS session, then turns on Next's draft mode and starts a draft session of this
 * user (draft-session.ts); pages in draft mode read the latest draft with the visitor's own CMS token,
 * uncached, and only while that session is theirs. Reader pages outside draft mode never get here.
 */
import { articlePreviewSchema, isStaffRole, paginatedSchema, type Article } from '@haven/schemas'
import { cookies } from 'next/headers'
import { z } from 'zod'

import { env } from '../env'
import { cmsGet, restQuery } from './cms'
import {
  DRAFT_SESSION_COOKIE,
  DRAFT_SESSION_SECONDS,
  draftSessionValue,
  verifyDraftSession,
} from './draft-session'

/** Payload's session cookie (its default prefix), set by the CMS on sign-in. */
export const CMS_SESSION_COOKIE = 'payload-token'

const meSchema = z.object({
  user: z.object({ id: z.union([z.number(), z.string()]), roles: z.array(z.string()).nullish() }).nullish(),
})

/** The CMS user behind `token` when they hold an editorial role, asked of the CMS (`/api/users/me`). */
export async function editorialUser(token: string | undefined): Promise<{ id: number | string } | null> {
  if (!token) return null
  try {
    const response = await fetch(`${env.CMS_URL}/api/users/me`, {
      headers: { Authorization: `JWT ${token}`, Accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) return null
    const { user } = meSchema.parse(await response.json())
    return user && (user.roles ?? []).some(isStaffRole) ? user : null
  } catch {
    return null
  }
}

/** Starts `user`'s draft session in this response (the preview route, after its checks). */
export async function startDraftSession(user: { id: number | string }, cmsToken: string): Promise<void> {
  const expiresAt = Math.floor(Date.now() / 1000) + DRAFT_SESSION_SECONDS
  ;(await cookies()).set(
    DRAFT_SESSION_COOKIE,
    draftSessionValue({ userId: user.id, cmsToken, expiresAt }, env.REVALIDATE_SECRET),
    {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.WEB_URL.startsWith('https:'),
      path: '/',
      maxAge: DRAFT_SESSION_SECONDS,
    },
  )
}

/** Ends the draft session (the preview exit). */
export async function endDraftSession(): Promise<void> {
  ;(await cookies()).delete(DRAFT_SESSION_COOKIE)
}

/**
 * The visitor's CMS token when this request carries a draft session of theirs: signed, unexpired,
 * issued for this same CMS session, and that session still a staff member's with the id it names.
 * Anything less (Next's draft-mode cookie copied from someone else, say) gets `null`: no drafts.
 */
export async function draftSessionToken(): Promise<string | null> {
  const jar = await cookies()
  const token = jar.get(CMS_SESSION_COOKIE)?.value
  const session = verifyDraftSession(
    jar.get(DRAFT_SESSION_COOKIE)?.value,
    { cmsToken: token, now: Date.now() / 1000 },
    env.REVALIDATE_SECRET,
  )
  if (!session || !token) return null
  const user = await editorialUser(token)
  return user && String(user.id) === session.userId ? token : null
}

/** The latest draft of an article, read with the token of a checked draft session (see above). */
export async function getDraftArticle(slug: string, token: string): Promise<Article | null> {
  const page = await cmsGet('/articles', paginatedSchema(articlePreviewSchema), {
    query: restQuery({ where: { slug: { equals: slug } }, depth: 2, limit: 1, draft: true }),
    authToken: token,
  })
  return page.docs[0] ?? null
}
