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
import { root, type LexicalJson } from '@haven/schemas/lexical-builder'

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

// ── Lexical, as Payload stores it: the one builder the seed and the CMS tests use too ────────────

export {
  block,
  heading,
  link,
  list,
  listItem,
  paragraph,
  root,
  sectionHeading,
  text,
} from '@haven/schemas/lexical-builder'

/** A body parsed as the web app parses an article's. */
export const body = (...children: LexicalJson[]): LexicalDocument =>
  lexicalDocumentSchema.parse(root(...children))
