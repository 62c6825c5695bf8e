import {
  blocksOf,
  documentHref,
  populated,
  slugify,
  splitCitations,
  tableOfContents,
  type AutoLinkNode,
  type BlockFields,
  type HeadingNode,
  type LexicalDocument,
  type LexicalNode,
  type LinkFields,
  type LinkNode,
  type ListNode,
  type SectionHeadingBlock,
  type TextNode,
} from '@haven/schemas'
import Link from 'next/link'
import { Fragment, type ReactNode } from 'react'

import { AuthorExperience } from './AuthorExperience'
import { Callout } from './Callout'
import { FurtherReading } from './FurtherReading'
import { Heading, type HeadingLevel } from './Heading'
import { InfographicGallery } from './InfographicGallery'
import { PartnerOffers } from './PartnerOffers'
import { credentialsOf, type CreditedPerson } from './person-credit'
import { citationId, sourceId } from './Sources'
import { paragraphsOf } from './text'
import { VideoPreview } from './VideoPreview'

type RichTextProps = {
  body: LexicalDocument
  /** The site settings' disclosure wording, for partner offers. */
  disclosureTemplate?: string | null
  /** The article's first author, credited in the author's own section. */
  author?: CreditedPerson | null
  /** How many sources the article has: `[^n]` up to this number becomes a link to source n. */
  sourceCount?: number
}

/**
 * What every node of one body shares while it renders. Blocks' own bodies (callouts, the author's
 * section) render within the same context, so their anchors stay unique within the page.
 */
type Context = Omit<RichTextProps, 'body'> & {
  /** Each section heading's anchor, from `tableOfContents()`, by the heading block itself. */
  sectionAnchors: Map<SectionHeadingBlock, string>
  usedIds: Set<string>
  /** Whether the body has reached its first section heading (rendering goes in reading order). */
  progress: { inSection: boolean }
  /** In a block's own body: the level below the block's heading. */
  nestedLevel?: number
  /** How often each source has been cited so far (shared by blocks' bodies): the k of `cite-n-k`. */
  citations: Map<number, number>
  /** Inside a link, where a citation cannot be a link of its own. */
  inLink?: boolean
}

/** An article's or page's body, as semantic HTML; blocks render as their components. */
export function RichText({ body, ...options }: RichTextProps) {
  const toc = tableOfContents(body)
  // `tableOfContents` lists the section headings in `blocksOf` order, so the two line up one to one.
  const sectionAnchors = new Map<SectionHeadingBlock, string>()
  blocksOf(body, 'sectionHeading').forEach((block, index) => {
    const entry = toc[index]
    if (entry) sectionAnchors.set(block, entry.id)
  })
  const context: Context = {
    ...options,
    sectionAnchors,
    usedIds: new Set(toc.map((entry) => entry.id)),
    progress: { inSection: false },
    citations: new Map(),
  }
  return <div className="article-body">{renderNodes(body.root.children, context)}</div>
}

function renderNodes(nodes: readonly LexicalNode[] | undefined, context: Context): ReactNode {
  const list = nodes ?? []
  return list.map((node, index) => (
    <Fragment key={index}>
      {node.type === 'block'
        ? renderBlock(node.fields, context, sectionHeadingText(list[index - 1]))
        : renderNode(node, context)}
    </Fragment>
  ))
}

/** The text of a section heading block, or `null` for any other node. */
function sectionHeadingText(node: LexicalNode | undefined): string | null {
  return node?.type === 'block' && node.fields.blockType === 'sectionHeading' ? node.fields.heading : null
}

/** Whether a block's own title only repeats the section heading right above it. */
function repeatsHeading(title: string | null | undefined, heading: string | null): boolean {
  const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')
  return Boolean(title && heading && normal(title) === normal(heading))
}

function renderNode(node: LexicalNode, context: Context): ReactNode {
  switch (node.type) {
    case 'text':
      return withCitations(node, context)
    case 'linebreak':
      return <br />
    case 'tab':
      return '\t'
    case 'horizontalrule':
      return <hr />
    case 'paragraph':
      if (!node.children.length) return null // Lexical keeps empty lines as empty paragraphs
      return (
        <p className={alignmentClass(node.format)} dir={node.direction === 'rtl' ? 'rtl' : undefined}>
          {renderNodes(node.children, context)}
        </p>
      )
    case 'quote':
      return <blockquote>{renderNodes(node.children, context)}</blockquote>
    case 'heading':
      return renderHeading(node, context)
    case 'list':
      return renderList(node, context)
    case 'listitem':
      // Only reached outside a list (malformed input): its content, without a stray <li>.
      return renderNodes(node.children, context)
    case 'link':
    case 'autolink':
      return renderLink(node, context)
    case 'block':
      return renderBlock(node.fields, context, null)
    case 'unknown':
      return renderNodes(node.children, context)
    default:
      return null
  }
}

// Lexical's text format bits, innermost first (so bold italic code is <strong><em><code>).
const textFormats = [
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
  [4, 's'],
  [8, 'u'],
  [2, 'em'],
  [1, 'strong'],
] as const

function formatted(node: TextNode, text: string = node.text): ReactNode {
  const format = node.format ?? 0
  return textFormats.reduce<ReactNode>(
    (inner, [bit, Tag]) => (format & bit ? <Tag>{inner}</Tag> : inner),
    text,
  )
}

/**
 * A text node whose `[^n]` markers (n an existing source) become superscript links to source n, each
 * with the id the Sources list links back to; a marker naming no source stays as written.
 */
function withCitations(node: TextNode, context: Context): ReactNode {
  const count = context.sourceCount ?? 0
  const parts = splitCitations(node.text)
  if (count === 0 || parts.every((part) => 'text' in part)) return formatted(node)
  return parts.map((part, index) => {
    if ('text' in part) return <Fragment key={index}>{formatted(node, part.text)}</Fragment>
    if (part.source < 1 || part.source > count)
      return <Fragment key={index}>{formatted(node, part.marker)}</Fragment>
    const k = (context.citations.get(part.source) ?? 0) + 1
    context.citations.set(part.source, k)
    const label = (
      <>
        <span className="article-visually-hidden">Source </span>
        {part.source}
      </>
    )
    return (
      <sup
        key={index}
        className="article-citation"
        id={context.inLink ? citationId(part.source, k) : undefined}
      >
        {context.inLink ? (
          label
        ) : (
          <a href={`#${sourceId(part.source)}`} id={citationId(part.source, k)}>
            {label}
          </a>
        )}
      </sup>
    )
  })
}

function alignmentClass(format: string | number | null | undefined): string | undefined {
  return format === 'center' || format === 'right' || format === 'justify'
    ? `article-align-${format}`
    : undefined
}

function renderHeading(node: HeadingNode, context: Context): ReactNode {
  const text = plainText(node.children).trim()
  if (!text) return null // an empty heading is noise to screen readers
  // h1–h3 become the level of a part of the current section, h4–h6 one below it.
  return (
    <Heading
      level={blockLevel(context) + (Number(node.tag.slice(1)) >= 4 ? 1 : 0)}
      id={uniqueId(slugify(text) || 'heading', context)}
    >
      {renderNodes(node.children, context)}
    </Heading>
  )
}

/** The heading level of a block here: h3 in a section, h2 before the first one, one below a block's own heading. */
function blockLevel(context: Context): HeadingLevel {
  return Math.min(6, context.nestedLevel ?? (context.progress.inSection ? 3 : 2)) as HeadingLevel
}

function uniqueId(base: string, context: Context): string {
  let id = base
  for (let n = 2; context.usedIds.has(id); n++) id = `${base}-${n}`
  context.usedIds.add(id)
  return id
}

function plainText(nodes: readonly LexicalNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'text') return node.text
      if (node.type === 'linebreak' || node.type === 'tab') return ' '
      return 'children' in node && Array.isArray(node.children)
        ? plainText(node.children as LexicalNode[])
        : ''
    })
    .join('')
}

/**
 * Lexical writes a nested list as a list item holding only that list, after the item it belongs to;
 * in HTML it goes inside that item.
 */
function renderList(node: ListNode, context: Context): ReactNode {
  const items: { content: LexicalNode | null; nested: ListNode[] }[] = []
  for (const child of node.children) {
    const lists = nestedListsOnly(child)
    const previous = items.at(-1)
    if (!lists) items.push({ content: child, nested: [] })
    else if (previous) previous.nested.push(...lists)
    else items.push({ content: null, nested: lists })
  }
  const Tag = node.listType === 'number' ? 'ol' : 'ul'
  const start = Tag === 'ol' && node.start && node.start !== 1 ? node.start : undefined
  return (
    <Tag start={start}>
      {items.map(({ content, nested }, index) => (
        <li key={index}>
          {content?.type === 'listitem'
            ? renderNodes(content.children, context)
            : content && renderNode(content, context)}
          {nested.map((list, n) => (
            <Fragment key={n}>{renderList(list, context)}</Fragment>
          ))}
        </li>
      ))}
    </Tag>
  )
}

function nestedListsOnly(node: LexicalNode): ListNode[] | null {
  if (node.type !== 'listitem') return null
  const lists = node.children.filter((child): child is ListNode => child.type === 'list')
  return lists.length && lists.length === node.children.length ? lists : null
}

function renderLink(node: LinkNode | AutoLinkNode, context: Context): ReactNode {
  const content = renderNodes(node.children, { ...context, inLink: true })
  if (!plainText(node.children).trim()) return content
  const target = linkTarget(node.fields)
  if (!target) return content // an unreadable document or an unsafe address: the words, without the link
  const newTab = node.fields.newTab
    ? ({ target: '_blank', rel: 'noopener noreferrer' } as const)
    : ({} as const)
  const hint = node.fields.newTab ? (
    <span className="article-visually-hidden"> (opens in a new tab)</span>
  ) : null
  return target.internal ? (
    <Link href={target.href} {...newTab}>
      {content}
      {hint}
    </Link>
  ) : (
    <a href={target.href} {...newTab}>
      {content}
      {hint}
    </a>
  )
}

const externalProtocols = new Set(['https:', 'mailto:', 'tel:'])

/**
 * Where a link leads, or `null` when it must not be a link: an internal document that came back as an
 * id or `null` (the reader may not read it), or a URL that is not https, mailto or tel.
 */
function linkTarget(fields: LinkFields): { href: string; internal: boolean } | null {
  if (fields.linkType === 'internal') {
    const doc = fields.doc
    const value = doc ? populated(doc.value) : null
    return doc && value ? { href: documentHref(doc.relationTo, value), internal: true } : null
  }
  const url = fields.url?.trim()
  if (!url) return null
  try {
    return externalProtocols.has(new URL(url).protocol) ? { href: url, internal: false } : null
  } catch {
    return null
  }
}

/**
 * A block as its component. `headingAbove` is the section heading right before it: a block titled the
 * same ("In My Experience" under "In My Experience") is shown without its own heading, so readers and
 * screen readers do not get the same heading twice in a row.
 */
function renderBlock(block: BlockFields, context: Context, headingAbove: string | null = null): ReactNode {
  if (block.blockType === 'sectionHeading') {
    context.progress.inSection = true
    const id = context.sectionAnchors.get(block) ?? uniqueId(slugify(block.heading) || 'section', context)
    return <h2 id={id}>{block.heading}</h2>
  }
  const headingLevel = blockLevel(context)
  const nested: Context = { ...context, nestedLevel: headingLevel + 1 }
  switch (block.blockType) {
    case 'partnerOffers':
      return (
        <PartnerOffers
          block={block}
          disclosureTemplate={context.disclosureTemplate}
          headingLevel={headingLevel}
        />
      )
    case 'callout':
      return (
        <Callout tone={block.tone} title={block.title} headingLevel={headingLevel}>
          {renderNodes(block.body.root.children, nested)}
        </Callout>
      )
    case 'experience':
      return (
        <AuthorExperience
          title={repeatsHeading(block.title, headingAbove) ? null : block.title}
          author={context.author}
          headingLevel={headingLevel}
        >
          {renderNodes(block.body.root.children, nested)}
        </AuthorExperience>
      )
    case 'video': {
      const presenter = populated(block.presenter)
      return (
        <VideoPreview
          provider={block.provider}
          videoId={block.videoId}
          title={block.title}
          presenter={presenter ? { name: presenter.name, credentials: credentialsOf(presenter) } : null}
          headingLevel={headingLevel}
        >
          {paragraphsOf(block.transcript).map((text, index) => (
            <p key={index}>{text}</p>
          ))}
        </VideoPreview>
      )
    }
    case 'infographicGallery':
      return (
        <InfographicGallery
          block={repeatsHeading(block.title, headingAbove) ? { ...block, title: null } : block}
          headingLevel={headingLevel}
        />
      )
    case 'furtherReading':
      return <FurtherReading block={block} headingLevel={headingLevel} />
    default:
      return null
  }
}
