/**
 * Turns the seed's plain data (blocks, inline markup) into rich text, with the one Lexical builder
 * the web fixtures and the tests use too (`@haven/schemas/lexical-builder`).
 */
import {
  block,
  blockId,
  heading,
  link,
  list,
  listItem,
  paragraph as paragraphOf,
  root,
  sectionHeading,
  text,
  TEXT_FORMAT,
  type LexicalJson as Node,
} from '@haven/schemas/lexical-builder'

import type { SeedBlock } from './content/types'
import type { InfographicDrawing } from './images'

export type Resolver = {
  /**
   * The id of a seeded article by slug (for `[label](article:slug)` links and further reading), or
   * `null` while it is not created yet: the link is then plain text until a second pass.
   */
  article: (slug: string) => number | string | null
  partner: (slug: string) => number | string
  person: (slug: string) => number | string
  /** Creates (or reuses) a generated image and returns its media id. */
  image: (spec: {
    title: string
    alt: string
    motif: 'circles' | 'bars' | 'steps'
    palette: [string, string]
    drawing: InfographicDrawing
  }) => Promise<number | string>
}

/** Inline markup: **bold**, *italic*, [label](https://…), [label](article:slug). */
export function inline(source: string, resolve: Pick<Resolver, 'article'>): Node[] {
  const nodes: Node[] = []
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index! > last) nodes.push(text(source.slice(last, match.index)))
    if (match[1] !== undefined) nodes.push(text(match[1], TEXT_FORMAT.bold))
    else if (match[2] !== undefined) nodes.push(text(match[2], TEXT_FORMAT.italic))
    else {
      const [label, href] = [match[3]!, match[4]!]
      const target = href.startsWith('article:') ? resolve.article(href.slice('article:'.length)) : undefined
      if (target === null) nodes.push(text(label))
      else {
        nodes.push(
          link(
            target !== undefined
              ? { linkType: 'internal', doc: { relationTo: 'articles', value: target } }
              : { linkType: 'custom', url: href },
            text(label),
          ),
        )
      }
    }
    last = match.index! + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

function paragraph(source: string, resolve: Pick<Resolver, 'article'>): Node {
  return paragraphOf(...inline(source, resolve))
}

/** Rich text for a block's own body (callouts, the author's section): paragraphs only. */
export function simpleText(paragraphs: string[], resolve: Pick<Resolver, 'article'>): { root: Node } {
  return root(...paragraphs.map((p) => paragraph(p, resolve)))
}

/** Converts seed blocks into a Lexical root; images are generated on the way. */
export async function body(
  blocks: SeedBlock[],
  resolve: Resolver,
  palette: [string, string] = ['#0b5d6b', '#e6f1f2'],
): Promise<{ root: Node }> {
  const children: Node[] = []
  for (const b of blocks) {
    switch (b.type) {
      case 'h2':
        children.push(sectionHeading(b.text, b.tocLabel ?? null))
        break
      case 'h3':
        children.push(heading('h3', ...inline(b.text, resolve)))
        break
      case 'p':
        children.push(paragraph(b.text, resolve))
        break
      case 'ul':
      case 'ol':
        children.push(list(b.type === 'ol', ...b.items.map((item) => listItem(...inline(item, resolve)))))
        break
      case 'offers':
        children.push(
          block({
            blockType: 'partnerOffers',
            title: b.title ?? null,
            offers: b.partners.map((slug) => ({ id: blockId(), partner: resolve.partner(slug) })),
          }),
        )
        break
      case 'callout':
        children.push(
          block({ blockType: 'callout', tone: b.tone, title: b.title, body: simpleText(b.body, resolve) }),
        )
        break
      case 'experience':
        children.push(block({ blockType: 'experience', title: b.title, body: simpleText(b.body, resolve) }))
        break
      case 'video':
        children.push(
          block({
            blockType: 'video',
            provider: b.provider,
            videoId: b.videoId,
            title: b.title,
            presenter: resolve.person(b.presenter),
            transcript: b.transcript.join('\n\n'),
          }),
        )
        break
      case 'gallery': {
        const images = []
        for (const image of b.images) {
          const media = await resolve.image({
            title: image.title,
            alt: image.alt,
            motif: image.motif,
            palette,
            drawing: image.drawing,
          })
          images.push({ id: blockId(), image: media, title: image.title, description: image.description })
        }
        children.push(block({ blockType: 'infographicGallery', title: b.title, images }))
        break
      }
      case 'furtherReading': {
        const ids = b.articles.map((slug) => resolve.article(slug)).filter((id) => id !== null)
        if (ids.length)
          children.push(
            block({ blockType: 'furtherReading', title: b.title ?? 'For Further Reading', articles: ids }),
          )
        break
      }
    }
  }
  return root(...children)
}
