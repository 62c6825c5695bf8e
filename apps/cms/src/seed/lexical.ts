/** Builds serialized Lexical JSON (what Payload stores for rich text) from the seed's plain data. */
import { randomBytes } from 'node:crypto'

import type { SeedBlock } from './content/types'

type Node = Record<string, unknown>

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
  }) => Promise<number | string>
}

export const blockId = (): string => randomBytes(12).toString('hex')

const IS_BOLD = 1
const IS_ITALIC = 2

function text(value: string, format = 0): Node {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function element(type: string, children: Node[], extra: Node = {}): Node {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

/** Inline markup: **bold**, *italic*, [label](https://…), [label](article:slug). */
export function inline(source: string, resolve: Pick<Resolver, 'article'>): Node[] {
  const nodes: Node[] = []
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index! > last) nodes.push(text(source.slice(last, match.index)))
    if (match[1] !== undefined) nodes.push(text(match[1], IS_BOLD))
    else if (match[2] !== undefined) nodes.push(text(match[2], IS_ITALIC))
    else {
      const [label, href] = [match[3]!, match[4]!]
      const target = href.startsWith('article:') ? resolve.article(href.slice('article:'.length)) : undefined
      if (target === null) nodes.push(text(label))
      else {
        const fields =
          target !== undefined
            ? { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: target } }
            : { linkType: 'custom', newTab: false, url: href }
        nodes.push(element('link', [text(label)], { fields, id: blockId() }))
      }
    }
    last = match.index! + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

function paragraph(source: string, resolve: Pick<Resolver, 'article'>): Node {
  return element('paragraph', inline(source, resolve), { textFormat: 0, textStyle: '' })
}

function list(items: string[], ordered: boolean, resolve: Pick<Resolver, 'article'>): Node {
  return element(
    'list',
    items.map((item, index) => element('listitem', inline(item, resolve), { value: index + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )
}

export function root(children: Node[]): { root: Node } {
  return { root: element('root', children) }
}

/** Rich text for a block's own body (callouts, the author's section): paragraphs only. */
export function simpleText(paragraphs: string[], resolve: Pick<Resolver, 'article'>): { root: Node } {
  return root(paragraphs.map((p) => paragraph(p, resolve)))
}

function block(fields: Node): Node {
  return { type: 'block', fields: { id: blockId(), blockName: '', ...fields }, format: '', version: 2 }
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
        children.push(block({ blockType: 'sectionHeading', heading: b.text, tocLabel: b.tocLabel ?? null }))
        break
      case 'h3':
        children.push(element('heading', inline(b.text, resolve), { tag: 'h3' }))
        break
      case 'p':
        children.push(paragraph(b.text, resolve))
        break
      case 'ul':
      case 'ol':
        children.push(list(b.items, b.type === 'ol', resolve))
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
  return root(children)
}
