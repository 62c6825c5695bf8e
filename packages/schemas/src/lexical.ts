/**
 * The rich text of articles and pages: Lexical's serialized JSON as Payload returns it. Nodes are
 * permissive (extra properties pass through, and a node type this schema does not know becomes an
 * `unknown` node instead of failing the page); blocks and links are typed, because the web renders
 * their fields. Relationships inside the body (partners, presenters, images, further reading, link
 * targets) are documents when populated, or only an id (or `null`) when the reader may not see them.
 */
import { z } from 'zod'

import { articleCardSchema, articleRefSchema } from './article-card'
import { mediaSchema } from './media'
import { pageRefSchema } from './page-ref'
import { partnerSchema } from './partner'
import { personRefSchema, personSummarySchema } from './person'
import { referenceSchema, relationSchema } from './relation'
import { topicRefSchema } from './topic'

// ── Links ────────────────────────────────────────────────────────────────────────────────────────

/** The document an internal link points at. */
export const linkDocumentSchema = z.discriminatedUnion('relationTo', [
  referenceSchema('articles', articleRefSchema),
  referenceSchema('pages', pageRefSchema),
  referenceSchema('topics', topicRefSchema),
  referenceSchema('people', personRefSchema),
])
export type LinkDocument = z.infer<typeof linkDocumentSchema>

/** A link's fields: `internal` ones point at a document, `custom` ones at a URL (https, mailto or tel). */
export const linkFieldsSchema = z.looseObject({
  linkType: z.enum(['custom', 'internal']),
  newTab: z.boolean().nullish(),
  url: z.string().nullish(),
  doc: linkDocumentSchema.nullish(),
})
export type LinkFields = z.infer<typeof linkFieldsSchema>

// ── Blocks ───────────────────────────────────────────────────────────────────────────────────────

const blockRow = { id: z.string().nullish(), blockName: z.string().nullish() }

/** An H2; the table of contents shows its short label. */
export const sectionHeadingBlockSchema = z.object({
  ...blockRow,
  blockType: z.literal('sectionHeading'),
  heading: z.string().min(1).describe('The section heading (H2)'),
  tocLabel: z.string().nullish().describe('Short label for the table of contents (defaults to the heading)'),
})
export type SectionHeadingBlock = z.infer<typeof sectionHeadingBlockSchema>

export const partnerOfferSchema = z.object({
  id: z.string().nullish(),
  partner: relationSchema(partnerSchema).nullish(),
})
export type PartnerOffer = z.infer<typeof partnerOfferSchema>

/** A group of partner offers; its disclosure is derived from the partners shown (`disclosureForOffers`). */
export const partnerOffersBlockSchema = z.object({
  ...blockRow,
  blockType: z.literal('partnerOffers'),
  title: z.string().nullish().describe('e.g. Ready to Invest in Your Relationship?'),
  offers: z.array(partnerOfferSchema),
})
export type PartnerOffersBlock = z.infer<typeof partnerOffersBlockSchema>

/** An editorial callout, e.g. "When a professional can help". */
export const calloutBlockSchema = z.object({
  ...blockRow,
  blockType: z.literal('callout'),
  tone: z.enum(['seek-help', 'note', 'warning']),
  title: z.string().min(1).describe('The callout’s heading'),
  // Lazy for real recursion: a callout sits in a body and holds one (declared further down).
  body: z.lazy(() => lexicalDocumentSchema),
})
export type CalloutBlock = z.infer<typeof calloutBlockSchema>

/** The author’s first-person section. */
export const experienceBlockSchema = z.object({
  ...blockRow,
  blockType: z.literal('experience'),
  title: z.string().min(1).describe('e.g. In My Experience'),
  // Lazy for real recursion, as in the callout.
  body: z.lazy(() => lexicalDocumentSchema),
})
export type ExperienceBlock = z.infer<typeof experienceBlockSchema>

/** An embedded video with its presenter and full transcript. */
export const videoBlockSchema = z.object({
  ...blockRow,
  blockType: z.literal('video'),
  provider: z.enum(['youtube', 'vimeo']),
  videoId: z.string().min(1),
  title: z.string().min(1).describe('The video’s title'),
  presenter: relationSchema(personSummarySchema).nullish().describe('Credited under the video'),
  transcript: z.string().describe('The full transcript, shown under the video'),
  captionsUrl: z.string().nullish(),
})
export type VideoBlock = z.infer<typeof videoBlockSchema>

export const infographicSchema = z.object({
  id: z.string().nullish(),
  image: relationSchema(mediaSchema).nullish(),
  title: z.string().min(1).describe('The figure’s caption'),
  description: z.string().describe('Everything the infographic says, in words'),
})
export type Infographic = z.infer<typeof infographicSchema>

export const infographicGalleryBlockSchema = z.object({
  ...blockRow,
  blockType: z.literal('infographicGallery'),
  title: z.string().nullish().describe('e.g. Emotional Intimacy Infographics'),
  images: z.array(infographicSchema),
})
export type InfographicGalleryBlock = z.infer<typeof infographicGalleryBlockSchema>

/** Links to related articles, shown as cards. */
export const furtherReadingBlockSchema = z.object({
  ...blockRow,
  blockType: z.literal('furtherReading'),
  title: z.string().nullish().describe('e.g. For Further Reading'),
  articles: z.array(relationSchema(articleCardSchema).nullable()),
})
export type FurtherReadingBlock = z.infer<typeof furtherReadingBlockSchema>

/** The fields of a block node, by `blockType`. */
export const blockFieldsSchema = z.discriminatedUnion('blockType', [
  sectionHeadingBlockSchema,
  partnerOffersBlockSchema,
  calloutBlockSchema,
  experienceBlockSchema,
  videoBlockSchema,
  infographicGalleryBlockSchema,
  furtherReadingBlockSchema,
])
export type BlockFields = z.infer<typeof blockFieldsSchema>
export type BlockType = BlockFields['blockType']

// ── Nodes ────────────────────────────────────────────────────────────────────────────────────────
// Nodes contain nodes, and blocks contain documents: the recursive types are declared, the rest inferred.

/** What every element (a node with children) carries besides its type and children. */
const elementPropsSchema = z.looseObject({
  direction: z.enum(['ltr', 'rtl']).nullish(),
  format: z.union([z.string(), z.number()]).nullish(),
  indent: z.number().nullish(),
  version: z.number().nullish(),
})
interface ElementNode extends z.infer<typeof elementPropsSchema> {
  children: LexicalNode[]
}

/** An element node's schema: its own properties, the common ones, and children of any type. */
function elementNode<T extends string, Extra extends z.ZodRawShape = Record<never, never>>(
  type: T,
  extra: Extra = {} as Extra,
) {
  return elementPropsSchema.extend({
    type: z.literal(type),
    ...extra,
    children: z.array(z.lazy(() => lexicalNodeSchema)),
  })
}

/** Text; `format` is Lexical's bit mask (1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code…). */
export const textNodeSchema = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  format: z.number().nullish(),
  style: z.string().nullish(),
  version: z.number().nullish(),
})
export const lineBreakNodeSchema = z.looseObject({ type: z.literal('linebreak') })
export const tabNodeSchema = z.looseObject({ type: z.literal('tab'), text: z.string().nullish() })
export const horizontalRuleNodeSchema = z.looseObject({ type: z.literal('horizontalrule') })

const headingProps = z.object({ tag: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) })
const listProps = z.object({
  listType: z.enum(['bullet', 'number', 'check']),
  tag: z.enum(['ul', 'ol']),
  start: z.number().nullish(),
})
const listItemProps = z.object({ value: z.number().nullish(), checked: z.boolean().nullish() })
const linkProps = z.object({ id: z.string().nullish(), fields: linkFieldsSchema })
const autoLinkProps = linkProps.pick({ fields: true })

export const paragraphNodeSchema = elementNode('paragraph')
export const quoteNodeSchema = elementNode('quote')
export const headingNodeSchema = elementNode('heading', headingProps.shape)
export const listNodeSchema = elementNode('list', listProps.shape)
export const listItemNodeSchema = elementNode('listitem', listItemProps.shape)
export const linkNodeSchema = elementNode('link', linkProps.shape)
export const autoLinkNodeSchema = elementNode('autolink', autoLinkProps.shape)
export const blockNodeSchema = z.looseObject({
  type: z.literal('block'),
  fields: blockFieldsSchema,
  format: z.union([z.string(), z.number()]).nullish(),
  version: z.number().nullish(),
})
/** A node of a type this schema does not know (a new editor feature), with its original type. */
export const unknownNodeSchema = z.looseObject({
  type: z.literal('unknown'),
  originalType: z.string(),
  children: z.array(z.lazy(() => lexicalNodeSchema)).optional(),
})

export type TextNode = z.infer<typeof textNodeSchema>
export interface ParagraphNode extends ElementNode {
  type: 'paragraph'
}
export interface QuoteNode extends ElementNode {
  type: 'quote'
}
export interface HeadingNode extends ElementNode, z.infer<typeof headingProps> {
  type: 'heading'
}
export interface ListNode extends ElementNode, z.infer<typeof listProps> {
  type: 'list'
}
export interface ListItemNode extends ElementNode, z.infer<typeof listItemProps> {
  type: 'listitem'
}
export interface LinkNode extends ElementNode, z.infer<typeof linkProps> {
  type: 'link'
}
export interface AutoLinkNode extends ElementNode, z.infer<typeof autoLinkProps> {
  type: 'autolink'
}
export type BlockNode = z.infer<typeof blockNodeSchema>
export interface UnknownNode {
  type: 'unknown'
  originalType: string
  children?: LexicalNode[]
  [key: string]: unknown
}
/** Any node of a body, discriminated by `type`. */
export type LexicalNode =
  | TextNode
  | z.infer<typeof lineBreakNodeSchema>
  | z.infer<typeof tabNodeSchema>
  | z.infer<typeof horizontalRuleNodeSchema>
  | ParagraphNode
  | QuoteNode
  | HeadingNode
  | ListNode
  | ListItemNode
  | LinkNode
  | AutoLinkNode
  | BlockNode
  | UnknownNode

const knownNodeSchemas = [
  textNodeSchema,
  lineBreakNodeSchema,
  tabNodeSchema,
  horizontalRuleNodeSchema,
  paragraphNodeSchema,
  quoteNodeSchema,
  headingNodeSchema,
  listNodeSchema,
  listItemNodeSchema,
  linkNodeSchema,
  autoLinkNodeSchema,
  blockNodeSchema,
  unknownNodeSchema,
] as const
const knownNodeTypes = new Set<unknown>(knownNodeSchemas.map((schema) => schema.shape.type.value))

/** Any node of a body, typed by `type`; a node of an unknown type becomes an {@link UnknownNode}. */
export const lexicalNodeSchema: z.ZodType<LexicalNode> = z.preprocess(
  (node) =>
    node && typeof node === 'object' && !knownNodeTypes.has((node as { type?: unknown }).type)
      ? { ...node, type: 'unknown', originalType: String((node as { type?: unknown }).type) }
      : node,
  z.discriminatedUnion('type', knownNodeSchemas),
)

export interface RootNode extends ElementNode {
  type: 'root'
}
/** A rich-text field's value: `{ root }`. */
export interface LexicalDocument {
  root: RootNode
  [key: string]: unknown
}

export const lexicalRootSchema = elementNode('root')
export const lexicalDocumentSchema: z.ZodType<LexicalDocument> = z.looseObject({ root: lexicalRootSchema })

// ── Reading a body ───────────────────────────────────────────────────────────────────────────────

/**
 * Visits every node of a body depth first, including the rich text inside blocks (callouts, the
 * author’s section).
 */
export function walkLexical(body: LexicalDocument, visit: (node: LexicalNode) => void): void {
  const walk = (nodes: readonly LexicalNode[] | undefined) => {
    for (const node of nodes ?? []) {
      visit(node)
      if (node.type === 'block') {
        if ('body' in node.fields) walk(node.fields.body.root.children)
      } else if ('children' in node && Array.isArray(node.children)) walk(node.children as LexicalNode[])
    }
  }
  walk(body.root.children)
}

/** The fields of every block of `blockType` in a body, in reading order. */
export function blocksOf<T extends BlockType>(
  body: LexicalDocument,
  blockType: T,
): Extract<BlockFields, { blockType: T }>[] {
  const found: Extract<BlockFields, { blockType: T }>[] = []
  walkLexical(body, (node) => {
    if (node.type === 'block' && node.fields.blockType === blockType)
      found.push(node.fields as Extract<BlockFields, { blockType: T }>)
  })
  return found
}
