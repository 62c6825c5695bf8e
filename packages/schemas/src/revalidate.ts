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
})
export type RevalidateBody = z.infer<typeof revalidateBodySchema>

export const revalidateResponseSchema = z.object({
  revalidated: z.array(cacheTagSchema),
  now: z.number(),
})
export type RevalidateResponse = z.infer<typeof revalidateResponseSchema>

/** The header that carries `REVALIDATE_SECRET`. */
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'
