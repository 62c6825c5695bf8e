/**
 * A post's content (classic HTML or block-editor markup) as a Haven body. Payload's own
 * `convertHTMLToLexical` (with the body field's editor config, so only nodes the editor knows come
 * out) does the conversion; around it, the HTML is prepared with JSDOM (paragraphs for classic
 * content, shortcodes, embeds, images, H2s and tables turned into what Haven's editor has) and the
 * result is mapped onto Haven's rules: H2 as the section-heading block, links to imported documents
 * as internal links, external links only when they pass the link rules. Everything not converted as
 * it was is noted.
 */
import { createHash } from 'node:crypto'

import { convertHTMLToLexical, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'

import { safeLinkUrl } from '../../fields/validators'
import { autop } from './autop'
import { handleShortcodes } from './shortcodes'
import { youtubeId } from './youtube'

export type LinkTarget =
  | { kind: 'document'; relationTo: 'articles' | 'pages' | 'topics' | 'people'; id: number | string }
  /** An item of this export that has not been imported yet (a later pass links it). */
  | { kind: 'later' }
  /** An item of this export that was not imported (skipped). */
  | { kind: 'not-imported'; title: string }
  /** An address on the old site that is not in the export. */
  | { kind: 'old-site' }
  /** A file under wp-content/uploads. */
  | { kind: 'upload' }
  | { kind: 'external' }

export type ImageTarget = { id: number | string; alt: string }

export type BodyBlock = 'sectionHeading' | 'video' | 'infographicGallery'

export type ContentContext = {
  editorConfig: SanitizedServerEditorConfig
  /** Blocks the target body allows (pages have no video or gallery). */
  blocks: ReadonlySet<BodyBlock>
  title: string
  resolveLink: (url: string) => LinkTarget
  resolveImage: (src: string, attachmentId?: string) => ImageTarget | null
  /** Makes node ids deterministic, so converting the same content twice gives the same body. */
  seed: string
}

type Node = {
  type?: string
  tag?: string
  text?: string
  children?: Node[]
  fields?: Record<string, unknown>
  [key: string]: unknown
}

export type ConvertedContent = {
  body: { root: Node }
  notes: string[]
  /** Links to items of the export not imported yet: convert again once they are. */
  waitsForLaterItems: boolean
}

type Marker =
  | { type: 'section'; heading: string }
  | { type: 'video'; videoId: string; title: string }
  | { type: 'gallery'; images: { image: number | string; title: string; description: string }[] }

let shared: JSDOM | null = null

const MARKER = /^\u2063haven-block-(\d+)\u2063$/
const TOC_LABEL_MAX = 48

/** A short table-of-contents label: the heading, cut at a word boundary to fit 48 characters. */
export function tocLabelOf(heading: string): string {
  if (heading.length <= TOC_LABEL_MAX) return heading
  const cut = heading.slice(0, TOC_LABEL_MAX - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

export function convertContent(html: string, ctx: ContentContext): ConvertedContent {
  const notes = new Set<string>()
  const shortcodes = handleShortcodes(html)
  shortcodes.notes.forEach((n) => notes.add(n))
  const isBlockMarkup = /<!--\s+wp:/.test(shortcodes.html)
  noteDynamicBlocks(shortcodes.html, notes)
  const prepared = isBlockMarkup ? shortcodes.html : autop(shortcodes.html)

  // One document for every post: a new JSDOM per post costs more than the conversion itself.
  shared ??= new JSDOM('<!doctype html><html><body></body></html>')
  const dom = shared
  dom.window.document.body.innerHTML = prepared
  const markers: Marker[] = []
  prepareDom(dom.window.document, ctx, markers, notes)

  // convertHTMLToLexical parses the string it is given with the JSDOM class it is given: hand it the
  // prepared document instead of serialising and parsing it again.
  const Prepared = class {
    window: { document: Document }
    constructor() {
      this.window = dom.window
    }
  }
  const state = convertHTMLToLexical({
    editorConfig: ctx.editorConfig,
    html: '',
    JSDOM: Prepared,
  }) as unknown as {
    root: Node
  }
  dom.window.document.body.innerHTML = ''

  let waits = false
  let counter = 0
  const nextId = () => createHash('sha1').update(`${ctx.seed}:${counter++}`).digest('hex').slice(0, 24)
  const block = (fields: Record<string, unknown>): Node => ({
    type: 'block',
    version: 2,
    format: '',
    fields: { id: nextId(), blockName: '', ...fields },
  })

  const mapLinks = (nodes: Node[] | undefined): Node[] => {
    const out: Node[] = []
    for (const node of nodes ?? []) {
      if (node.type === 'link' || node.type === 'autolink') {
        const fields = (node.fields ?? {}) as { url?: string; newTab?: boolean; linkType?: string }
        const url = String(fields.url ?? '')
        const label = plain(node)
        const target = ctx.resolveLink(url)
        const children = mapLinks(node.children)
        const unwrap = (why: string) => {
          notes.add(`link "${label}" (${url}) ${why}: its text was kept`)
          out.push(...children)
        }
        if (target.kind === 'document') {
          out.push({
            ...node,
            type: 'link',
            id: nextId(),
            children,
            fields: {
              linkType: 'internal',
              newTab: Boolean(fields.newTab),
              doc: { relationTo: target.relationTo, value: target.id },
            },
          })
        } else if (target.kind === 'later') {
          waits = true
          out.push(...children)
        } else if (target.kind === 'not-imported')
          unwrap(`points at "${target.title}", which was not imported`)
        else if (target.kind === 'upload') unwrap('points at an uploaded file, not a page')
        else {
          const rule = safeLinkUrl(url)
          if (rule === true) {
            out.push({
              ...node,
              type: 'link',
              id: nextId(),
              children,
              fields: { linkType: 'custom', newTab: Boolean(fields.newTab), url },
            })
            if (target.kind === 'old-site')
              notes.add(
                `link "${label}" points at ${url} on the old site, which is not in the export: kept as an external link`,
              )
          } else unwrap(`was removed (${rule.replace(/^link URL: /, '')})`)
        }
        continue
      }
      out.push(node.children ? { ...node, children: mapLinks(node.children) } : node)
    }
    return out
  }

  const top: Node[] = []
  for (const node of state.root.children ?? []) {
    const text = plain(node)
    const marker = node.type === 'paragraph' ? MARKER.exec(text.trim()) : null
    if (marker) {
      const m = markers[Number(marker[1])]!
      if (m.type === 'section')
        top.push(
          block({
            blockType: 'sectionHeading',
            heading: m.heading.slice(0, 160),
            tocLabel: tocLabelOf(m.heading),
          }),
        )
      else if (m.type === 'video')
        top.push(
          block({
            blockType: 'video',
            provider: 'youtube',
            videoId: m.videoId,
            title: m.title.slice(0, 160),
            presenter: null,
            transcript: '',
          }),
        )
      else
        top.push(
          block({
            blockType: 'infographicGallery',
            title: null,
            images: m.images.map((image) => ({ id: nextId(), ...image })),
          }),
        )
      continue
    }
    if (
      node.type === 'paragraph' &&
      !text.trim() &&
      !(node.children ?? []).some((c) => c.type !== 'text' && c.type !== 'linebreak')
    )
      continue
    if (node.type === 'quote') {
      // Haven's quote holds text, not paragraphs: one line per paragraph.
      const inline: Node[] = []
      for (const child of node.children ?? []) {
        const parts = child.type === 'paragraph' ? (child.children ?? []) : [child]
        if (inline.length && parts.length) inline.push({ type: 'linebreak', version: 1 })
        inline.push(...parts)
      }
      top.push({ ...node, children: mapLinks(inline) })
      continue
    }
    if (node.type === 'heading' && (node.tag === 'h5' || node.tag === 'h6')) {
      top.push({ ...node, tag: 'h4', children: mapLinks(node.children) })
      continue
    }
    top.push(node.children ? { ...node, children: mapLinks(node.children) } : node)
  }
  return {
    body: { ...state, root: { ...state.root, children: top } },
    notes: [...notes],
    waitsForLaterItems: waits,
  }
}

function plain(node: Node): string {
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(plain).join('')
}

/** Block-editor blocks without HTML of their own (rendered by PHP on the old site) leave nothing behind. */
const knownBlocks = new Set(['more', 'nextpage', 'separator', 'spacer'])
function noteDynamicBlocks(html: string, notes: Set<string>) {
  for (const m of html.matchAll(/<!--\s+wp:([a-z0-9/-]+)[^>]*?\/-->/g)) {
    const name = m[1]!
    if (!knownBlocks.has(name))
      notes.add(`block "${name}" has no content of its own (the old site rendered it): removed`)
  }
}

function prepareDom(doc: Document, ctx: ContentContext, markers: Marker[], notes: Set<string>) {
  const body = doc.body
  const lastInserted = new Map<Element, Element>()
  const placeMarker = (element: Element, marker: Marker | null) => {
    let top: Element = element
    while (top.parentElement && top.parentElement !== body) top = top.parentElement
    const paragraph = marker ? doc.createElement('p') : null
    if (paragraph) paragraph.textContent = `\u2063haven-block-${markers.push(marker!) - 1}\u2063`
    if (top === element) {
      if (paragraph) element.replaceWith(paragraph)
      else element.remove()
      return
    }
    if (paragraph) {
      const after = lastInserted.get(top) ?? top
      after.after(paragraph)
      lastInserted.set(top, paragraph)
    }
    element.remove()
  }

  for (const el of [
    ...body.querySelectorAll(
      'script, style, noscript, form, object, embed, svg, canvas, audio, video, input, button, select, textarea',
    ),
  ]) {
    notes.add(`<${el.tagName.toLowerCase()}> element removed: Haven's editor has nothing like it`)
    el.remove()
  }

  const video = (element: Element, url: string, title: string) => {
    const id = youtubeId(url)
    if (!id) return false
    if (!ctx.blocks.has('video')) {
      notes.add(`YouTube video ${id} removed: this kind of document has no video block`)
      placeMarker(element, null)
      return true
    }
    placeMarker(element, { type: 'video', videoId: id, title: title || ctx.title })
    notes.add(
      `YouTube video ${id} became a click-to-load video block: add its presenter and transcript before publishing`,
    )
    return true
  }

  for (const frame of [...body.querySelectorAll('iframe')]) {
    const src = frame.getAttribute('src') ?? ''
    if (!video(frame, src, frame.getAttribute('title') ?? '')) {
      notes.add(`embedded frame from ${hostOf(src)} removed: only YouTube embeds become video blocks`)
      placeMarker(frame, null)
    }
  }
  for (const figure of [...body.querySelectorAll('figure.wp-block-embed, div.wp-block-embed__wrapper')]) {
    if (!figure.isConnected) continue
    const url = (figure.textContent ?? '').trim()
    if (!video(figure.closest('figure') ?? figure, url, '')) {
      if (/^https?:\/\/\S+$/.test(url)) {
        const p = doc.createElement('p')
        const a = doc.createElement('a')
        a.href = url
        a.textContent = url
        p.append(a)
        ;(figure.closest('figure') ?? figure).replaceWith(p)
        notes.add(`embed of ${hostOf(url)} became a link: only YouTube embeds become video blocks`)
      }
    }
  }
  // Classic content: a YouTube address alone on its line was an embed (oEmbed).
  for (const p of [...body.querySelectorAll('p')]) {
    const text = (p.textContent ?? '').trim()
    if (/^https?:\/\/\S+$/.test(text) && p.children.length <= 1 && youtubeId(text)) video(p, text, '')
  }

  const describe = (img: Element) => {
    const figure = img.closest('figure')
    const caption = (figure?.querySelector('figcaption')?.textContent ?? '').trim()
    return { caption, figure }
  }
  for (const gallery of [...body.querySelectorAll('figure[data-wp-gallery], figure.wp-block-gallery')]) {
    const ids = (gallery.getAttribute('data-wp-gallery') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    const images: { image: number | string; title: string; description: string }[] = []
    const missing: string[] = []
    for (const id of ids) {
      const found = ctx.resolveImage('', id)
      if (found) images.push({ image: found.id, title: found.alt.slice(0, 120), description: found.alt })
      else missing.push(id)
    }
    for (const img of [...gallery.querySelectorAll('img')]) {
      const found = ctx.resolveImage(img.getAttribute('src') ?? '', /wp-image-(\d+)/.exec(img.className)?.[1])
      const alt = img.getAttribute('alt') || found?.alt || ''
      if (found) images.push({ image: found.id, title: alt.slice(0, 120), description: alt })
      else missing.push(img.getAttribute('src') ?? '?')
    }
    if (missing.length)
      notes.add(`gallery images not among the imported media were left out: ${missing.join(', ')}`)
    placeMarker(
      gallery,
      images.length && ctx.blocks.has('infographicGallery')
        ? { type: 'gallery', images: images.slice(0, 12) }
        : null,
    )
    if (images.length > 12)
      notes.add(`a gallery of ${images.length} images was cut to the 12 an infographic gallery holds`)
  }
  for (const img of [...body.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? ''
    const found = ctx.resolveImage(src, /wp-image-(\d+)/.exec(img.className)?.[1])
    const { caption, figure } = describe(img)
    const alt = (img.getAttribute('alt') ?? '').trim() || found?.alt || ''
    const holder = figure && figure.querySelectorAll('img').length === 1 ? figure : img
    if (!found) {
      notes.add(`image ${src} is not among the imported media: removed`)
      placeMarker(holder, null)
    } else if (!ctx.blocks.has('infographicGallery')) {
      notes.add(`image ${src} removed: this kind of document has no image block`)
      placeMarker(holder, null)
    } else {
      if (!alt) notes.add(`image ${src} has no alt text: describe it in the gallery block`)
      placeMarker(holder, {
        type: 'gallery',
        images: [{ image: found.id, title: (caption || alt).slice(0, 120), description: alt || caption }],
      })
    }
  }
  for (const table of [...body.querySelectorAll('table')]) {
    const rows = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()).join(' | '),
    )
    const replacement = rows.filter(Boolean).map((row) => {
      const p = doc.createElement('p')
      p.textContent = row
      return p
    })
    notes.add("a table became one paragraph per row (cells separated by |): Haven's editor has no tables")
    ;(table.closest('figure') ?? table).replaceWith(...replacement)
  }
  for (const heading of [...body.querySelectorAll('h1, h2')]) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (!text) {
      heading.remove()
      continue
    }
    if (ctx.blocks.has('sectionHeading')) placeMarker(heading, { type: 'section', heading: text })
    if (heading.tagName === 'H1') notes.add(`heading 1 "${text}" became a section heading (H2)`)
    if (text.length > TOC_LABEL_MAX)
      notes.add(`section "${text}" has the shortened table-of-contents label "${tocLabelOf(text)}"`)
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url
  } catch {
    return url || 'an unknown address'
  }
}
