import type { CollectionSlug, Payload } from 'payload'

import type { Article, Media, Person } from '../../src/payload-types'
import { demoMembers, demoUsers } from '../../src/seed/accounts'
import { articles } from '../../src/seed/content/articles'
import { forms } from '../../src/seed/content/forms'
import { pages } from '../../src/seed/content/pages'
import { partners } from '../../src/seed/content/partners'
import { people } from '../../src/seed/content/people'
import { therapists } from '../../src/seed/content/therapists'
import { body, type Resolver } from '../../src/seed/lexical'
import { topicSeeds } from '../../src/seed/navigation'
import { collections, globals } from '../../src/slugs'
import { payloadForTests } from '../int/payload'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

/**
 * The generated images the seed creates: one per distinct gallery image (title, motif and palette),
 * found by building every body the way the seed does with a resolver that only records them.
 */
async function galleryImages(): Promise<number> {
  const seen = new Set<string>()
  const resolver: Resolver = {
    article: () => 1,
    partner: () => 1,
    person: () => 1,
    image: async ({ title, motif, palette }) => {
      seen.add(`${title}|${motif}|${palette.join()}`)
      return 1
    },
  }
  for (const page of pages) await body(page.body, resolver)
  for (const article of articles) await body(article.body, resolver, article.palette)
  return seen.size
}

/** What the demo seed creates, from its data (the same on every engine: SQLite's seed makes these too). */
async function expectedCounts(): Promise<Record<CollectionSlug, number>> {
  const counts: Record<(typeof collections)[keyof typeof collections], number> = {
    [collections.users]: demoUsers.length,
    [collections.members]: demoMembers.length,
    [collections.therapists]: therapists.length,
    // A headshot per person and per palette of the listings, a hero per article, a logo per partner,
    // and the gallery images.
    [collections.media]:
      people.length +
      new Set(therapists.map((t) => t.palette.join())).size +
      articles.length +
      partners.length +
      (await galleryImages()),
    [collections.people]: people.length,
    [collections.topics]: topicSeeds().length,
    [collections.partners]: partners.length,
    [collections.articles]: articles.length,
    [collections.pages]: pages.length,
    [collections.redirects]: 0,
    // One search entry per published article (every seeded article is published).
    [collections.search]: articles.length,
    [collections.forms]: forms.length,
    [collections.formSubmissions]: 0,
    [collections.subscribers]: 0,
    [collections.outbox]: 0,
    [collections.rateLimitHits]: 0,
    [collections.importRecords]: 0,
  }
  return counts as Record<CollectionSlug, number>
}

/**
 * When the seed ended (tests/pg/global-setup.ts). Test files run in any order, and some save articles
 * (which may email their reviewers) before this one runs: only rows made by then are the seed's.
 */
const seededAt = process.env.HAVEN_PG_SEEDED_AT ?? new Date().toISOString()

describe('the demo seed on PostgreSQL', () => {
  it('created every seeded collection with the same counts as the seed data (and so as SQLite)', async () => {
    const expected = await expectedCounts()
    const actual: Record<string, number> = {}
    for (const collection of Object.keys(expected) as CollectionSlug[]) {
      actual[collection] = (
        await payload.count({
          collection,
          where: { createdAt: { less_than_equal: seededAt } },
          overrideAccess: true,
        })
      ).totalDocs
    }
    expect(actual).toEqual(expected)
    expect(expected[collections.media]).toBeGreaterThan(people.length + articles.length)
  })

  it('published every global', async () => {
    for (const slug of Object.values(globals)) {
      const global = await payload.findGlobal({ slug, overrideAccess: true })
      expect({ slug, status: (global as { _status?: string })._status }).toEqual({
        slug,
        status: 'published',
      })
    }
  })

  it('serves the flagship article to anonymous readers with depth 2: authors, their headshots, topics, hero', async () => {
    const flagship = articles.find((a) => a.slug === 'emotional-intimacy')!
    const { docs } = await payload.find({
      collection: collections.articles,
      where: { slug: { equals: 'emotional-intimacy' } },
      depth: 2,
      overrideAccess: false,
    })
    expect(docs).toHaveLength(1)
    const article = docs[0] as Article
    expect(article.title).toBe(flagship.title)
    expect(article._status).toBe('published')

    const authors = article.authors as Person[]
    expect(authors.map((p) => p.slug)).toEqual(flagship.authors)
    for (const author of authors) {
      const seedPerson = people.find((p) => p.slug === author.slug)!
      expect(author.name).toBe(seedPerson.name)
      // Depth 2: the author's own upload is populated too.
      expect(author.headshot).toEqual(expect.objectContaining({ filename: `${author.slug}-headshot.png` }))
    }
    expect((article.reviewers as Person[]).map((p) => p.slug)).toEqual(flagship.reviewers)
    expect((article.heroImage as Media).filename).toBe('emotional-intimacy-hero.png')
    expect((article.topics as { path?: string | null }[]).map((t) => t.path)).toEqual(flagship.topics)
    expect(article.body.root.children.length).toBeGreaterThan(10)
  })
})
