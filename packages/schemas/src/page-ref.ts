import { z } from 'zod'

import { documentIdSchema, documentStatusSchema, selectOf, timestampSchema } from './relation'
import { seoMetaSchema } from './seo'
import { slugSchema } from './slug'

/** Everything of a page but its body: a leaf of the schema graph, since a body's links refer to pages. */
export const pageFieldsSchema = z.object({
  id: documentIdSchema,
  title: z.string().min(1).describe('The page’s heading (H1)'),
  slug: slugSchema,
  summary: z.string().nullish().describe('A sentence under the heading and in search results'),
  meta: seoMetaSchema.nullish(),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
  _status: documentStatusSchema.nullish(),
})

/** What a link to a page needs. */
export const pageRefSchema = pageFieldsSchema.pick({ id: true, title: true, slug: true })
export type PageRef = z.infer<typeof pageRefSchema>

/**
 * The `defaultPopulate` of the pages collection: a populated page (a link in a body, the menu, the
 * footer) is only ever a link, never its body.
 */
export const pagePopulate = selectOf(pageRefSchema)
