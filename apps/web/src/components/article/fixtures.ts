/**
 * Test data shaped like the CMS's REST responses, parsed by the same schemas as the web app does, so
 * the components are tested with what they will really receive.
 */
import {
  articleCardSchema,
  lexicalDocumentSchema,
  mediaSchema,
  partnerSchema,
  personSchema,
  type LexicalDocument,
} from '@haven/schemas'

const stamp = '2026-01-12T09:00:00.000Z'

export function partner(name: string, disclosureName: string, overrides: Record<string, unknown> = {}) {
  const slug = name.toLowerCase()
  return partnerSchema.parse({
    id: `partner-${slug}`,
    name,
    slug,
    disclosureName,
    category: 'Online therapy',
    offerText: `${name} matches you with a licensed therapist for sessions by video, phone or messaging.`,
    ctaLabel: `Visit ${name}`,
    url: `https://${slug}.example/start`,
    active: true,
    updatedAt: stamp,
    createdAt: stamp,
    _status: 'published',
    ...overrides,
  })
}

export const harborline = partner('Harborline', 'Harborline Therapy')
export const twofold = partner('Twofold', 'Twofold Couples Course', {
  category: 'Couples course',
  ctaLabel: 'Start Twofold',
})
export const tandem = partner('Tandem', 'Tandem Relationship Coaching', {
  category: 'Relationship coaching',
  ctaLabel: 'Try Tandem',
})

export function person(name: string, abbreviation: string, overrides: Record<string, unknown> = {}) {
  return personSchema.parse({
    id: `person-${name.split(' ')[0]!.toLowerCase()}`,
    name,
    slug: name.toLowerCase().replace(/\s+/g, '-'),
    roles: ['writer'],
    credentials: [{ abbreviation }],
    bio: `${name} writes for Haven.`,
    credentialsLabel: abbreviation,
    updatedAt: stamp,
    createdAt: stamp,
    _status: 'published',
    ...overrides,
  })
}

export const marenOkafor = person('Maren Okafor', 'LMFT')
export const jonahWhitcombe = person('Jonah Whitcombe', 'LMHC', { roles: ['presenter'] })

export function media(filename: string, alt: string) {
  return mediaSchema.parse({
    id: `media-${filename}`,
    purpose: 'general',
    alt,
    url: `http://localhost:3001/api/media/file/${filename}`,
    filename,
    mimeType: 'image/png',
    width: 1200,
    height: 1500,
    updatedAt: stamp,
    createdAt: stamp,
  })
}

export function articleCard(slug: string, title: string) {
  return articleCardSchema.parse({
    id: `article-${slug}`,
    title,
    slug,
    summary: `${title}: what it is, and what helps.`,
    heroImage: `media-hero-${slug}`,
    publishedAt: stamp,
    topics: [],
    authors: [marenOkafor.id],
  })
}

// ── Lexical, as Payload stores it ────────────────────────────────────────────────────────────────

type Node = Record<string, unknown>

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
export const paragraph = (...children: Node[]) => element('paragraph', children, { textFormat: 0 })
export const heading = (tag: string, ...children: Node[]) => element('heading', children, { tag })
export const list = (ordered: boolean, ...items: Node[]) =>
  element('list', items, { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' })
export const listItem = (...children: Node[]) => element('listitem', children, { value: 1 })
export const link = (fields: Node, ...children: Node[]) =>
  element('link', children, { fields: { newTab: false, ...fields }, id: 'link-1' })
export const block = (fields: Node): Node => ({
  type: 'block',
  fields: { id: `block-${String(fields.blockType)}`, blockName: '', ...fields },
  format: '',
  version: 2,
})
export const sectionHeading = (value: string, tocLabel: string | null = null) =>
  block({ blockType: 'sectionHeading', heading: value, tocLabel })
export const root = (...children: Node[]) => ({ root: element('root', children) })

/** A body parsed as the web app parses an article's. */
export const body = (...children: Node[]): LexicalDocument => lexicalDocumentSchema.parse(root(...children))
