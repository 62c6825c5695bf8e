import type { InfographicDrawing } from '../images'

/**
 * The demo content as plain data. `seed/index.ts` turns it into Payload documents (Lexical rich text,
 * relationships, generated images). Inline text in `p`, list items and callout bodies may use
 * `**bold**`, `*italic*`, `[label](https://…)` for an external link, and `[label](article:slug)` for an
 * internal link to another seeded article, and `[^n]` cites the article's source n.
 */

export type SeedInline = string

export type SeedBlock =
  /** A section heading; `tocLabel` is the short label shown in the table of contents. */
  | { type: 'h2'; text: string; tocLabel?: string }
  | { type: 'h3'; text: string }
  | { type: 'p'; text: SeedInline }
  | { type: 'ul'; items: SeedInline[] }
  | { type: 'ol'; items: SeedInline[] }
  /** A group of partner offers; `partners` are partner slugs, in display order. */
  | { type: 'offers'; title?: string; partners: string[] }
  /** An editorial callout, e.g. when to seek professional support. */
  | { type: 'callout'; tone: 'seek-help' | 'note' | 'warning'; title: string; body: SeedInline[] }
  /** The author's first-person section. */
  | { type: 'experience'; title: string; body: SeedInline[] }
  /** An embedded video; `presenter` is a person slug. The transcript is a list of paragraphs. */
  | {
      type: 'video'
      provider: 'youtube' | 'vimeo'
      videoId: string
      title: string
      presenter: string
      transcript: string[]
    }
  /** A gallery of infographics; each image is generated locally from `palette` and `motif`. */
  | {
      type: 'gallery'
      title: string
      images: {
        title: string
        alt: string
        /** Everything the image says, in words; must match `drawing`. */
        description: string
        motif: 'circles' | 'bars' | 'steps'
        /** The words drawn into the image (see images.ts). */
        drawing: InfographicDrawing
      }[]
    }
  /** Links to other seeded articles by slug. */
  | { type: 'furtherReading'; title?: string; articles: string[] }

export type SeedArticle = {
  slug: string
  title: string
  /** One or two sentences shown in listings and as the meta description. */
  summary: string
  /** Topic paths from TOPIC-PATHS.txt (or `relationships`, `relationships/intimacy`, `relationships/communication`). */
  topics: string[]
  /** Person slugs holding the writer role. */
  authors: string[]
  /** Person slugs holding a clinical credential and the reviewer role. */
  reviewers: string[]
  /** ISO dates (YYYY-MM-DD); updated >= published, lastReviewed >= published. */
  publishedAt: string
  updatedAt: string
  lastReviewedAt: string
  featured?: boolean
  /** Alt text of the generated hero image (it shows an abstract illustration in the article's colours). */
  heroAlt: string
  /** Two hex colours for the generated hero image. */
  palette: [string, string]
  body: SeedBlock[]
  /**
   * Cited as `[^1]`, `[^2]`… in this order. Only public pages known to exist at these addresses
   * (NIMH, SAMHSA, NHS, 988 Lifeline…): never an invented study, DOI or PMID.
   */
  sources?: SeedSource[]
}

export type SeedSource = {
  title: string
  publisher: string
  year?: number
  /** https only. */
  url: string
  doi?: string
  pmid?: string
}

export type SeedCredential = {
  /** One of the abbreviations known to `@haven/schemas` (`credentials.ts`). */
  abbreviation: string
  licenseState?: string
  licenseNumber?: string
}

export type SeedPerson = {
  slug: string
  name: string
  roles: ('writer' | 'reviewer' | 'presenter')[]
  credentials: SeedCredential[]
  /** A short bio in the third person, two to four sentences. */
  bio: string[]
  palette: [string, string]
}

export type SeedPartner = {
  slug: string
  /** The background of its generated logo (white initial on this colour; at least 4.5:1 against white). */
  logoColour: string
  name: string
  /** The name used in disclosures, e.g. "Harborline Therapy". */
  disclosureName: string
  /** What the offer box says. */
  offerText: string
  /** The call-to-action label, e.g. "Visit Harborline". */
  ctaLabel: string
  /** https only. Use the reserved `.example` domain: these partners are fictional. */
  url: string
  /** Short category shown beside the name, e.g. "Online therapy". */
  category: string
  active: boolean
}

export type SeedPage = {
  slug: string
  title: string
  summary: string
  body: SeedBlock[]
}
