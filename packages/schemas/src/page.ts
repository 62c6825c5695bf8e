import type { z } from 'zod'

import { lexicalDocumentSchema } from './lexical'
import { pageFieldsSchema } from './page-ref'

/** A static page (about us, policies, contact…) as the page route reads it (`depth=2`). */
export const pageSchema = pageFieldsSchema.extend({
  body: lexicalDocumentSchema,
})
export type Page = z.infer<typeof pageSchema>
