import { z } from 'zod'

import { lexicalDocumentSchema } from './lexical'
import { documentIdSchema, documentStatusSchema, selectOf, timestampSchema } from './relation'
import { seoMetaSchema } from './seo'
import { slugSchema } from './slug'

/** Everything of a page but its body (whose links refer back to pages, see pageRefSchema). */
const pageFieldsSchema = z.object({
  id: documentIdSchema,
  title: z.string().min(1).describe('The page’s heading (H1)'),
  slug: slugSchema,
  summary: z.string().nullish().describe('A sentence under the heading and in search results'),
  meta: seoMetaSchema.nullish(),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
  _status: documentStatusSchema.nullish(),
})

/** A static page (about us, policies, contact…) as the page route reads it (`depth=2`). */
export const pageSchema = pageFieldsSchema.extend({
  // Lazy: the body's schema refers back to pages.
  body: z.lazy(() => lexicalDocumentSchema),
})
export type Page = z.infer<typeof pageSchema>

/** What a link to a page needs. */
export const pageRefSchema = pageFieldsSchema.pick({ id: true, title: true, slug: true })
export type PageRef = z.infer<typeof pageRefSchema>

/**
 * The `defaultPopulate` of the pages collection: a populated page (a link in a body, the menu, the
 * footer) is only ever a link, never its body.
 */
export const pagePopulate = selectOf(pageRefSchema)
