import { z } from 'zod'

/** A cache tag: lower-case words, digits and `:-_/` separators, e.g. `article:emotional-intimacy`. */
export const cacheTagSchema = z
  .string()
  .min(1)
  .max(256, 'a cache tag is at most 256 characters')
  .regex(/^[a-z0-9][a-z0-9:_\-/.]*$/, 'a cache tag uses lower-case letters, digits and : _ - / . only')

/**
 * The tag on every CMS read the web app caches, so on every cached page: revalidating it drops the
 * whole cache. For a change that touches everything at once (a restored backup), not for edits.
 */
export const ALL_CONTENT_TAG = 'cms'

/** Body of `POST /api/revalidate` on the web app. */
export const revalidateBodySchema = z.object({
  tags: z.array(cacheTagSchema).min(1, 'name at least one tag').max(500, 'at most 500 tags per call'),
  /**
   * Drop the pages at once even while the CMS cannot be reached, instead of keeping them as stale
   * copies: what they show is known to be wrong (a restored backup, changes saved while the web app was
   * down). Until the CMS answers, such a page is a 503 with the crisis lines, never the old copy.
   */
  expireNow: z.boolean().optional(),
})
export type RevalidateBody = z.infer<typeof revalidateBodySchema>

export const revalidateResponseSchema = z.object({
  revalidated: z.array(cacheTagSchema),
  now: z.number(),
})
export type RevalidateResponse = z.infer<typeof revalidateResponseSchema>

/** The header that carries `REVALIDATE_SECRET`. */
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'
