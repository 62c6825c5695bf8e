import type { z } from 'zod'

import { articleFieldsSchema } from './article-card'
import { lexicalDocumentSchema } from './lexical'
import { timestampSchema } from './relation'
import { articleSourcesSchema } from './source'

/** An article as the article page reads it (`depth=2`): people, topics and images populated. */
export const articleSchema = articleFieldsSchema.extend({
  body: lexicalDocumentSchema,
  sources: articleSourcesSchema.describe('Sources, numbered as the text cites them ([^1], [^2]…)'),
})
export type Article = z.infer<typeof articleSchema>

/**
 * A draft as the preview route reads it with an editor's credentials: a draft never published has no
 * published date yet, so the page shows its last save instead.
 */
export const articlePreviewSchema = articleSchema
  .extend({ publishedAt: timestampSchema.nullish() })
  .transform((article) => ({ ...article, publishedAt: article.publishedAt ?? article.updatedAt }))
