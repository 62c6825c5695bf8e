import { z } from 'zod'

import { articleRefSchema } from './article-card'
import { documentHref } from './navigation'
import { pageRefSchema } from './page-ref'
import { redirectTargetProblem } from './redirect-target'
import { documentIdSchema, populated, referenceSchema, timestampSchema } from './relation'

/**
 * A redirect (redirects plugin), e.g. from an article's old slug to the article. The CMS makes one
 * whenever a published article or page changes its slug.
 */
export const redirectSchema = z.object({
  id: documentIdSchema,
  from: z.string().min(1).describe('The old path, e.g. /articles/old-slug'),
  to: z
    .object({
      type: z.enum(['reference', 'custom']).nullish(),
      reference: z
        .discriminatedUnion('relationTo', [
          referenceSchema('articles', articleRefSchema),
          referenceSchema('pages', pageRefSchema),
        ])
        .nullish(),
      url: z.string().nullish(),
    })
    .nullish(),
  type: z.enum(['301', '302', '307', '308']).describe('The HTTP status the web answers with'),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
})
export type Redirect = z.infer<typeof redirectSchema>

/**
 * Where a redirect leads and with which status, or `null` when its target cannot be shown (an
 * unpublished document comes back as an id): the old address then answers 404 as before.
 */
export function redirectTarget(
  redirect: Pick<Redirect, 'to' | 'type'>,
  ownOrigins: readonly string[] = [],
): { location: string; status: 301 | 302 | 307 | 308 } | null {
  const status = Number(redirect.type) as 301 | 302 | 307 | 308
  const to = redirect.to
  // A target the CMS would refuse today (saved before the rule) is never answered with.
  if (to?.type === 'custom')
    return to.url && redirectTargetProblem(to.url, ownOrigins) === null ? { location: to.url, status } : null
  const reference = to?.reference
  const doc = populated(reference?.value)
  return reference && doc ? { location: documentHref(reference.relationTo, doc), status } : null
}
