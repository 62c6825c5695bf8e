import { z } from 'zod'

import { lexicalDocumentSchema } from './lexical'
import { mediaSchema } from './media'
import { personSchema } from './person'
import { documentIdSchema, documentStatusSchema, relationSchema, timestampSchema } from './relation'
import { seoMetaSchema } from './seo'
import { slugSchema } from './slug'
import { topicSchema } from './topic'

/**
 * Everything of an article but its body. Kept apart because the body refers back to articles (further
 * reading, internal links), and those references are derived from these fields.
 */
const articleFieldsSchema = z.object({
  id: documentIdSchema,
  title: z.string().min(1).describe('The article’s headline (H1)'),
  slug: slugSchema,
  summary: z.string().min(1).describe('One or two sentences for listings and search results'),
  heroImage: relationSchema(mediaSchema).describe('The image at the top of the article and on its card'),
  authors: z.array(relationSchema(personSchema)).describe('Written by'),
  reviewers: z
    .array(relationSchema(personSchema))
    .nullish()
    .transform((reviewers) => reviewers ?? [])
    .describe('Clinically reviewed by'),
  topics: z.array(relationSchema(topicSchema)),
  publishedAt: timestampSchema.describe('Published'),
  contentUpdatedAt: timestampSchema.nullish().describe('Updated'),
  lastReviewedAt: timestampSchema.nullish().describe('Last clinically reviewed'),
  featured: z.boolean().nullish(),
  meta: seoMetaSchema.nullish(),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
  _status: documentStatusSchema.nullish(),
})

/** An article as the article page reads it (`depth=2`): people, topics and images populated. */
export const articleSchema = articleFieldsSchema.extend({
  // Lazy: the body's schema refers back to articles (see articleCardSchema).
  body: z.lazy(() => lexicalDocumentSchema),
})
export type Article = z.infer<typeof articleSchema>

/** An article in a listing (home, topic and person pages, sitemap, feed, search, further reading). */
export const articleCardSchema = articleFieldsSchema.pick({
  id: true,
  title: true,
  slug: true,
  summary: true,
  heroImage: true,
  publishedAt: true,
  contentUpdatedAt: true,
  topics: true,
  authors: true,
})
export type ArticleCard = z.infer<typeof articleCardSchema>

/** What a link to an article needs. */
export const articleRefSchema = articleCardSchema.pick({ id: true, title: true, slug: true })
export type ArticleRef = z.infer<typeof articleRefSchema>

/**
 * The `select` of a listing request, so that a listing fetches exactly what a card shows, e.g.
 * `select[title]=true&select[slug]=true…`.
 */
export const articleCardSelect = Object.fromEntries(
  Object.keys(articleCardSchema.shape)
    .filter((key) => key !== 'id')
    .map((key) => [key, true]),
) as Record<Exclude<keyof ArticleCard, 'id'>, true>
