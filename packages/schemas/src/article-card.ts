/** An article's own fields and the shapes derived from them for listings and links (no body). */
import { z } from 'zod'

import { mediaSchema } from './media'
import { personSummarySchema } from './person'
import { documentIdSchema, documentStatusSchema, relationSchema, selectOf, timestampSchema } from './relation'
import { seoMetaSchema } from './seo'
import { slugSchema } from './slug'
import { topicSummarySchema } from './topic'

/** What happened when a version of an article reached readers (the CMS appends one on every publication). */
export const articleHistoryChangeSchema = z.enum([
  'published',
  'updated',
  'reviewed',
  'published-without-review',
])
export type ArticleHistoryChange = z.infer<typeof articleHistoryChangeSchema>

/**
 * One entry of an article's public history: a published version, who published it and which licensed
 * clinician reviewed it, and when. Review notes and version bodies never leave the CMS.
 */
export const articleHistoryEntrySchema = z.object({
  id: z.string().nullish(),
  date: timestampSchema.describe('When this version was published'),
  change: articleHistoryChangeSchema,
  publishedByName: z.string().nullish().describe('Who published it'),
  publishedBy: relationSchema(personSummarySchema).nullish(),
  reviewedBy: relationSchema(personSummarySchema)
    .nullish()
    .describe('The clinician who approved this version'),
  reviewedAt: timestampSchema.nullish().describe('When the clinician approved it'),
  reason: z.string().nullish().describe('Why an admin published it without a clinical review'),
})
export type ArticleHistoryEntry = z.infer<typeof articleHistoryEntrySchema>

/**
 * Everything of an article but its body. A leaf of the schema graph: the body (`lexical.ts`) refers to
 * articles through the card and reference derived here, and `article.ts` adds the body.
 */
export const articleFieldsSchema = z.object({
  id: documentIdSchema,
  title: z.string().min(1).describe('The article’s headline (H1)'),
  slug: slugSchema,
  summary: z.string().min(1).describe('One or two sentences for listings and search results'),
  heroImage: relationSchema(mediaSchema).describe('The image at the top of the article and on its card'),
  authors: z.array(relationSchema(personSummarySchema)).describe('Written by'),
  reviewers: z
    .array(relationSchema(personSummarySchema))
    .nullish()
    .transform((reviewers) => reviewers ?? [])
    .describe('Clinically reviewed by'),
  topics: z.array(relationSchema(topicSummarySchema)),
  publishedAt: timestampSchema.describe('Published'),
  contentUpdatedAt: timestampSchema.nullish().describe('Updated'),
  lastReviewedAt: timestampSchema.nullish().describe('Last clinically reviewed'),
  nextReviewDue: timestampSchema.nullish().describe('Next review due'),
  featured: z.boolean().nullish(),
  history: z
    .array(articleHistoryEntrySchema)
    .nullish()
    .transform((history) => history ?? [])
    .describe('Each published version: when, what happened, by whom'),
  meta: seoMetaSchema.nullish(),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
  _status: documentStatusSchema.nullish(),
})

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

/** The `select` of a listing request: exactly what a card shows. */
export const articleCardSelect = selectOf(articleCardSchema)

/**
 * The `defaultPopulate` of the articles collection: an article populated in another (further reading,
 * a link in a body, the menu, a redirect) is a card, never its body. Without it the flagship article
 * came with the bodies of every article it links to: 250 KB instead of tens.
 */
export const articlePopulate = articleCardSelect
