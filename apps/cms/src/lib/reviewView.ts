/**
 * An article version as a reviewer reads it, and what changed between two of them: the review
 * screen's preview and its diff (components/ReviewView.tsx). Pure: it works on versions read with
 * depth 1 (people, partners, topics and images populated), so it names things, never ids or blocks.
 */
import { formatDisclosure } from '@haven/schemas'

import { textOf, type LexicalNode } from './lexical'
import { diffRows, diffWords, type Part, type RowChange } from './textDiff'

/** One thing a reader reads in the body, in order: a heading, a paragraph, a callout, an offers group… */
export type BodyRow = { kind: string; label: string; text: string; detail?: string }

export type ReadableArticle = {
  title: string
  summary: string
  heroImage: string
  authors: string[]
  reviewers: string[]
  topics: string[]
  body: BodyRow[]
  sources: string[]
}

type Doc = Record<string, unknown>

const nameOf = (value: unknown, key = 'name'): string => {
  if (value && typeof value === 'object') {
    const doc = value as Doc
    const name = doc[key] ?? doc.title ?? doc.name
    const credentials = typeof doc.credentialsLabel === 'string' && doc.credentialsLabel
    if (typeof name === 'string') return credentials ? `${name}, ${credentials}` : name
    return `#${String(doc.id)}`
  }
  return value === null || value === undefined ? '' : `#${String(value)}`
}
const names = (value: unknown) => (Array.isArray(value) ? value.map((v) => nameOf(v)) : [])
const str = (value: unknown) => (typeof value === 'string' ? value : '')

const headingLabels: Record<string, string> = { h2: 'Heading', h3: 'Subheading', h4: 'Subheading' }

function blockRow(fields: Doc): BodyRow {
  const type = str(fields.blockType)
  const richText = (value: unknown) =>
    value && typeof value === 'object' ? textOf(value as LexicalNode) : ''
  switch (type) {
    case 'sectionHeading':
      return { kind: 'heading', label: 'Section heading', text: str(fields.heading) }
    case 'callout':
      return {
        kind: 'callout',
        label: `Callout (${str(fields.tone) || 'note'})`,
        text: [str(fields.title), richText(fields.body)].filter(Boolean).join(': '),
      }
    case 'experience':
      return {
        kind: 'experience',
        label: str(fields.title) || 'In My Experience',
        text: richText(fields.body),
      }
    case 'partnerOffers': {
      const partners = ((fields.offers as Doc[] | undefined) ?? []).map((offer) => offer.partner)
      const partnerNames = partners.map((p) => nameOf(p))
      const offers = partners
        .map((p) => (p && typeof p === 'object' ? `${nameOf(p)}: ${str((p as Doc).offerText)}` : nameOf(p)))
        .join(' · ')
      return {
        kind: 'offers',
        label: 'Partner offers',
        text: [str(fields.title), offers].filter(Boolean).join(' — '),
        detail: formatDisclosure(partnerNames) ?? undefined,
      }
    }
    case 'video':
      return {
        kind: 'video',
        label: 'Video',
        text: [str(fields.title), fields.presenter ? `presented by ${nameOf(fields.presenter)}` : '']
          .filter(Boolean)
          .join(', '),
        detail: str(fields.transcript) || undefined,
      }
    case 'infographicGallery':
      return {
        kind: 'gallery',
        label: 'Infographics',
        text: [
          str(fields.title),
          ...((fields.images as Doc[] | undefined) ?? []).map((image) =>
            [str(image.title), str(image.description)].filter(Boolean).join(': '),
          ),
        ]
          .filter(Boolean)
          .join(' · '),
      }
    case 'furtherReading':
      return {
        kind: 'further-reading',
        label: str(fields.title) || 'For Further Reading',
        text: ((fields.articles as unknown[] | undefined) ?? []).map((a) => nameOf(a, 'title')).join(' · '),
      }
    default:
      // A block type added later still shows its words rather than nothing.
      return { kind: 'block', label: type || 'Block', text: textOf({ type: 'block', fields } as LexicalNode) }
  }
}

/** The body's rows in reading order: each paragraph, heading, list item, quote and block. */
export function bodyRows(body: unknown): BodyRow[] {
  const root = (body as { root?: LexicalNode } | null)?.root
  const rows: BodyRow[] = []
  const visit = (node: LexicalNode) => {
    switch (node.type) {
      case 'paragraph': {
        const text = textOf(node).trim()
        if (text) rows.push({ kind: 'paragraph', label: 'Paragraph', text })
        return
      }
      case 'heading': {
        const tag = str(node.tag)
        rows.push({ kind: 'heading', label: headingLabels[tag] ?? 'Heading', text: textOf(node) })
        return
      }
      case 'quote':
        rows.push({ kind: 'quote', label: 'Quote', text: textOf(node) })
        return
      case 'list':
        for (const item of node.children ?? []) visit(item)
        return
      case 'listitem':
        rows.push({ kind: 'list-item', label: 'List item', text: textOf(node) })
        return
      case 'block':
        rows.push(blockRow(node.fields ?? {}))
        return
      case 'horizontalrule':
        return
      default: {
        const text = textOf(node).trim()
        if (text) rows.push({ kind: 'paragraph', label: 'Paragraph', text })
      }
    }
  }
  for (const child of root?.children ?? []) visit(child)
  return rows
}

function sourceLine(row: Doc): string {
  const parts = [
    str(row.title),
    [str(row.publisher), row.year ? String(row.year) : ''].filter(Boolean).join(', '),
    str(row.url),
    row.doi ? `DOI ${str(row.doi)}` : '',
    row.pmid ? `PMID ${str(row.pmid)}` : '',
  ]
  return parts.filter(Boolean).join(' — ')
}

/** What readers would read of a version (read with depth 1). */
export function readableArticle(version: Doc): ReadableArticle {
  const hero = version.heroImage as Doc | null | undefined
  return {
    title: str(version.title),
    summary: str(version.summary),
    heroImage: hero && typeof hero === 'object' ? str(hero.alt) || str(hero.filename) : '',
    authors: names(version.authors),
    reviewers: names(version.reviewers),
    topics: names(version.topics),
    body: bodyRows(version.body),
    sources: ((version.sources as Doc[] | undefined) ?? []).map(sourceLine),
  }
}

export type TextChange = { field: string; parts: Part[] }
export type ListChange = { field: string; added: string[]; removed: string[] }
export type ArticleChanges = {
  /** Title, summary and hero image, word by word (only those that changed). */
  text: TextChange[]
  /** Authors, reviewers and topics added or removed. */
  people: ListChange[]
  /** The body's rows, aligned; `changed` rows carry their word diff. */
  body: (RowChange<BodyRow> & { parts?: Part[] })[]
  sources: (RowChange<string> & { parts?: Part[] })[]
  /** Whether anything readers see differs. */
  any: boolean
}

const sameRow = (a: BodyRow, b: BodyRow) =>
  a.kind === b.kind && a.label === b.label && a.text === b.text && a.detail === b.detail

/** What changed from `before` (the last approved version) to `after` (the one under review). */
export function articleChanges(before: ReadableArticle, after: ReadableArticle): ArticleChanges {
  const text: TextChange[] = []
  for (const [field, key] of [
    ['Title', 'title'],
    ['Summary', 'summary'],
    ['Hero image', 'heroImage'],
  ] as const)
    if (before[key] !== after[key]) text.push({ field, parts: diffWords(before[key], after[key]) })
  const people: ListChange[] = []
  for (const [field, key] of [
    ['Authors', 'authors'],
    ['Clinical reviewers', 'reviewers'],
    ['Topics', 'topics'],
  ] as const) {
    const added = after[key].filter((n) => !before[key].includes(n))
    const removed = before[key].filter((n) => !after[key].includes(n))
    if (added.length || removed.length) people.push({ field, added, removed })
  }
  const body = diffRows(before.body, after.body, sameRow, (a, b) => a.kind === b.kind).map((row) =>
    row.op === 'changed'
      ? {
          ...row,
          parts: diffWords(
            [row.before.text, row.before.detail].filter(Boolean).join(' — '),
            [row.after.text, row.after.detail].filter(Boolean).join(' — '),
          ),
        }
      : row,
  )
  const sources = diffRows(
    before.sources,
    after.sources,
    (a, b) => a === b,
    () => true,
  ).map((row) => (row.op === 'changed' ? { ...row, parts: diffWords(row.before, row.after) } : row))
  const any =
    text.length > 0 ||
    people.length > 0 ||
    body.some((row) => row.op !== 'same') ||
    sources.some((row) => row.op !== 'same')
  return { text, people, body, sources, any }
}
