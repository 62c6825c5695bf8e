/**
 * Draft preview for editorial staff. The preview route (`/api/preview`) checks the CMS's signed link
 * and the visitor's CMS session, then turns on Next's draft mode; pages in draft mode read the latest
 * draft with the visitor's own CMS token, uncached. Reader pages outside draft mode never get here.
 */
import { articlePreviewSchema, paginatedSchema, type Article } from '@haven/schemas'
import { cookies } from 'next/headers'
import { z } from 'zod'

import { env } from '../env'
import { cmsGet, restQuery } from './cms'

/** Payload's session cookie (its default prefix), set by the CMS on sign-in. */
export const CMS_SESSION_COOKIE = 'payload-token'

const staffRoles = ['admin', 'editor', 'writer', 'reviewer']

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
    return user && (user.roles ?? []).some((role) => staffRoles.includes(role)) ? user : null
  } catch {
    return null
  }
}

/** The latest draft of an article, read with the signed-in editor's token (only in draft mode). */
export async function getDraftArticle(slug: string): Promise<Article | null> {
  const token = (await cookies()).get(CMS_SESSION_COOKIE)?.value
  if (!(await editorialUser(token))) return null
  const page = await cmsGet('/articles', paginatedSchema(articlePreviewSchema), {
    query: restQuery({ where: { slug: { equals: slug } }, depth: 2, limit: 1, draft: true }),
    authToken: token,
  })
  return page.docs[0] ?? null
}
