import { z } from 'zod'

import { documentIdSchema, documentStatusSchema, relationSchema, selectOf, timestampSchema } from './relation'
import { slugSchema, topicPathSchema } from './slug'

/**
 * One step of a topic's trail (nested-docs plugin), root first and the topic itself last. `doc` is
 * always an id: the plugin never populates it (`maxDepth: 0`).
 */
export const topicBreadcrumbSchema = z.object({
  id: z.string().nullish(),
  doc: documentIdSchema.nullish(),
  url: z.string().describe('e.g. /topics/relationships/intimacy'),
  label: z.string().describe('The topic’s title'),
})
export type TopicBreadcrumb = z.infer<typeof topicBreadcrumbSchema>

/** A topic of the tree (`topics` collection); the nested-docs plugin adds `parent` and `breadcrumbs`. */
export const topicSchema = z.object({
  id: documentIdSchema,
  title: z.string().min(1).describe('e.g. Intimacy'),
  slug: slugSchema,
  description: z.string().nullish().describe('Shown at the top of the topic page'),
  path: topicPathSchema.describe('The slugs from the root topic, e.g. relationships/intimacy'),
  reviewIntervalMonths: z.number().nullish(),
  /** The parent topic (populated as {@link topicSummarySchema}), its id, or nothing for a root topic. */
  get parent() {
    return relationSchema(topicSummarySchema).nullish()
  },
  breadcrumbs: z
    .array(topicBreadcrumbSchema)
    .nullish()
    .transform((crumbs) => crumbs ?? []),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
  _status: documentStatusSchema.nullish(),
})
export type Topic = z.infer<typeof topicSchema>

/**
 * A topic as populated in an article or as a topic's parent: its link and its trail (the article
 * page's breadcrumbs). The CMS populates exactly these fields ({@link topicPopulate}).
 */
export const topicSummarySchema = topicSchema.pick({
  id: true,
  title: true,
  slug: true,
  path: true,
  breadcrumbs: true,
})
export type TopicSummary = z.infer<typeof topicSummarySchema>

/** The `defaultPopulate` of the topics collection. */
export const topicPopulate = selectOf(topicSummarySchema)

/** What a link to a topic page needs. */
export const topicRefSchema = topicSchema.pick({ id: true, title: true, slug: true, path: true })
export type TopicRef = z.infer<typeof topicRefSchema>

/**
 * A topic as one node of the whole tree, read at depth 0 (`parent` is an id): what the topic hubs need
 * to find a topic's descendants and ancestors without a read per level.
 */
export const topicNodeSchema = topicSchema
  .pick({ id: true, title: true, slug: true, path: true })
  .extend({ parent: documentIdSchema.nullish() })
export type TopicNode = z.infer<typeof topicNodeSchema>

/** The `select` of a {@link topicNodeSchema} read. */
export const topicNodeSelect = selectOf(topicNodeSchema)
