/**
 * The shared schemas against what the CMS really returns: every seeded document, read as an anonymous
 * reader with the same depth, where and select as the web app, and sent through JSON as REST sends it.
 * tests/e2e/api-contract.e2e.test.ts makes the same reads over HTTP against production builds.
 */
import {
  activePartnersOf,
  articleCardSchema,
  articleCardSelect,
  articleSchema,
  blocksOf,
  crisisResourcesSchema,
  disclosureForOffers,
  headshotAltOf,
  menuTree,
  navigationSchema,
  pageSchema,
  paginatedSchema,
  personSchema,
  populated,
  populatedOnly,
  redirectSchema,
  redirectTarget,
  siteSettingsSchema,
  tableOfContents,
  topicSchema,
  validBadges,
  walkLexical,
  type Article,
  type MenuNode,
  type PersonSummary,
} from '@haven/schemas'
import type { Payload } from 'payload'

import { articles as seededArticles } from '../../src/seed/content/articles'
import { pages as seededPages } from '../../src/seed/content/pages'
import { people as seededPeople } from '../../src/seed/content/people'
import { payloadForTests } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

/** Exactly what REST sends: the Local API's result through JSON (dates become strings, undefined goes). */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** An anonymous reader: no user, access rules applied, so published documents only. */
const anonymous = { overrideAccess: false } as const

/** Changes made by the tests themselves: no call to the web app. */
const asEditor = { overrideAccess: true, context: { disableRevalidate: true } } as const

const articlesPage = paginatedSchema(articleSchema)

async function articlePage(slug: string): Promise<Article> {
  const result = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    depth: 2,
    limit: 1,
    ...anonymous,
  })
  const { docs } = articlesPage.parse(overTheWire(result))
  expect(docs).toHaveLength(1)
  return docs[0]!
}

function expectFullPerson(value: Article['authors'][number]): PersonSummary {
  const person = populated(value)
  expect(person).not.toBeNull()
  expect(populated(person!.headshot)?.url).toEqual(expect.any(String))
  // The web's fallback says exactly what the CMS derives, so alt text cannot differ between the two.
  expect(person!.headshotAlt).toBe(headshotAltOf({ ...person!, headshotAlt: null }))
  return person!
}

const countNodes = (nodes: MenuNode[]): number =>
  nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0)

describe('articles', () => {
  it('seeds the 26 articles these tests read', async () => {
    const { totalDocs } = await payload.count({ collection: 'articles', ...anonymous })
    expect(totalDocs).toBe(26)
    expect(seededArticles).toHaveLength(26)
  })

  it.each(seededArticles.map((article) => [article.slug]))(
    'parses the seeded article %s as the article page reads it',
    async (slug) => {
      const article = await articlePage(slug)
      expect(article.slug).toBe(slug)
      expect(populated(article.heroImage)?.alt).toBeTruthy()
      article.authors.forEach(expectFullPerson)
      expect(article.reviewers.length).toBeGreaterThan(0)
      article.reviewers.map(expectFullPerson).forEach((reviewer) => expect(reviewer.isClinical).toBe(true))
      for (const topic of article.topics.map(populated)) {
        expect(topic?.breadcrumbs.at(-1)?.url).toBe(`/topics/${topic?.path}`)
      }
      expect(tableOfContents(article.body).length).toBeGreaterThan(0)
    },
  )

  it('reads the flagship article with every part of the reference page populated', async () => {
    const article = await articlePage('emotional-intimacy')

    const groups = blocksOf(article.body, 'partnerOffers')
    // Each partner appears once on the page (the reference repeats Harborline three times).
    expect(groups.map((group) => activePartnersOf(group).length)).toEqual([1, 3, 1])
    const partnerIds = groups.flatMap((group) => activePartnersOf(group).map((offer) => offer.id))
    expect(new Set(partnerIds).size).toBe(partnerIds.length)
    expect(disclosureForOffers(groups[1]!, 'Haven is paid by {partners}.')).toBe(
      'Haven is paid by Twofold Couples Course, Tandem Relationship Coaching, and Hearthside Couples Therapy.',
    )

    const [video] = blocksOf(article.body, 'video')
    const presenter = populated(video?.presenter)
    expect(presenter).toMatchObject({ name: 'Jonah Whitcombe', credentialsLabel: 'LMHC' })
    expect(populated(presenter?.headshot)?.url).toEqual(expect.any(String))

    const [gallery] = blocksOf(article.body, 'infographicGallery')
    const images = populatedOnly(gallery?.images.map((row) => row.image) ?? [])
    expect(images).toHaveLength(3)
    images.forEach((image) => expect(image.alt).toMatch(/^Infographic: /))

    const [furtherReading] = blocksOf(article.body, 'furtherReading')
    expect(populatedOnly(furtherReading?.articles ?? []).map((card) => card.slug)).toEqual([
      'healthy-communication-in-relationships',
      'questions-to-ask-your-partner',
      'emotional-intimacy-in-marriage',
    ])

    const toc = tableOfContents(article.body)
    expect(toc.map((entry) => entry.label)).toContain('What It Feels Like')
    expect(toc.find((entry) => entry.label === 'What It Feels Like')?.id).toBe('signs-of-emotional-intimacy')

    const linked: unknown[] = []
    walkLexical(article.body, (node) => {
      if (node.type === 'link' && node.fields.linkType === 'internal') linked.push(node.fields.doc)
    })
    expect(linked).toContainEqual({
      relationTo: 'articles',
      value: expect.objectContaining({ slug: 'questions-to-ask-your-partner' }),
    })
  })

  it('still parses when a partner is deactivated after publishing, and leaves that partner out', async () => {
    const { docs } = await payload.find({
      collection: 'partners',
      where: { slug: { equals: 'harborline' } },
      limit: 1,
      ...asEditor,
    })
    const harborline = docs[0]!
    await payload.update({ collection: 'partners', id: harborline.id, data: { active: false }, ...asEditor })
    try {
      const groups = blocksOf((await articlePage('emotional-intimacy')).body, 'partnerOffers')
      // The reader may not read an inactive partner: it comes back as its id, not as a document.
      expect(groups[0]?.offers[0]?.partner).toBe(harborline.id)
      expect(groups.map((group) => activePartnersOf(group).map((partner) => partner.slug))).toEqual([
        [],
        ['twofold', 'tandem', 'hearthside'],
        ['stillwater'],
      ])
      expect(disclosureForOffers(groups[0]!, 'Paid by {partners}.')).toBeNull()
    } finally {
      await payload.update({ collection: 'partners', id: harborline.id, data: { active: true }, ...asEditor })
    }
  })

  it('parses a listing of article cards, newest first, as listings read them', async () => {
    const result = await payload.find({
      collection: 'articles',
      depth: 1,
      limit: 4,
      page: 2,
      sort: '-publishedAt',
      select: articleCardSelect,
      ...anonymous,
    })
    const listing = paginatedSchema(articleCardSchema).parse(overTheWire(result))
    expect(listing).toMatchObject({ totalDocs: 26, page: 2, totalPages: 7, hasPrevPage: true, nextPage: 3 })
    expect(listing.docs).toHaveLength(4)
    const dates = listing.docs.map((card) => card.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    for (const card of listing.docs) {
      expect(populated(card.heroImage)?.sizes?.card?.url).toEqual(expect.any(String))
      expect(populatedOnly(card.authors).length).toBe(card.authors.length)
      expect(populatedOnly(card.topics).length).toBe(card.topics.length)
    }
  })
})

describe('people', () => {
  it.each(seededPeople.map((person) => [person.slug]))(
    'parses %s as the person page reads it, with the virtual fields',
    async (slug) => {
      const result = await payload.find({
        collection: 'people',
        where: { slug: { equals: slug } },
        depth: 1,
        ...anonymous,
      })
      const [person] = paginatedSchema(personSchema).parse(overTheWire(result)).docs
      expect(person?.slug).toBe(slug)
      expect(person?.credentialsLabel).toBe(person?.credentials.map((c) => c.abbreviation).join(', '))
      expect(person?.isClinical).toBe(person?.credentials.some((c) => c.clinical))
      expectFullPerson(person!)
    },
  )
})

describe('topics', () => {
  it('parses every topic as the topic page reads it, by its path', async () => {
    // Pages of 100, the most an anonymous request may ask for (lib/read-bounds.ts).
    const page = (n: number) =>
      payload.find({ collection: 'topics', depth: 0, limit: 100, page: n, ...anonymous })
    const first = await page(1)
    expect(first.totalDocs).toBeGreaterThan(80)
    const docs = [...first.docs, ...(first.totalPages > 1 ? (await page(2)).docs : [])]
    expect(docs).toHaveLength(first.totalDocs)
    for (const { path } of docs) {
      const result = await payload.find({
        collection: 'topics',
        where: { path: { equals: path } },
        depth: 1,
        ...anonymous,
      })
      const [topic] = paginatedSchema(topicSchema).parse(overTheWire(result)).docs
      expect(topic?.path).toBe(path)
      expect(topic?.breadcrumbs.map((crumb) => crumb.url)).toEqual(
        path!.split('/').map((_, i, slugs) => `/topics/${slugs.slice(0, i + 1).join('/')}`),
      )
      const parent = topic?.parent
      if (path!.includes('/')) expect(populated(parent)?.path).toBe(path!.replace(/\/[^/]+$/, ''))
      else expect(parent).toBeNull()
    }
  })
})

describe('pages', () => {
  it.each(seededPages.map((page) => [page.slug]))(
    'parses the page %s as the page route reads it',
    async (slug) => {
      const result = await payload.find({
        collection: 'pages',
        where: { slug: { equals: slug } },
        depth: 2,
        ...anonymous,
      })
      const [page] = paginatedSchema(pageSchema).parse(overTheWire(result)).docs
      expect(page?.slug).toBe(slug)
      expect(page?.body.root.children.length).toBeGreaterThan(0)
    },
  )
})

describe('globals', () => {
  it('parses the navigation: 6 top-level items, 102 in all, every one with an address', async () => {
    const navigation = navigationSchema.parse(
      overTheWire(await payload.findGlobal({ slug: 'navigation', depth: 1, ...anonymous })),
    )
    const tree = menuTree(navigation)
    expect(tree).toHaveLength(6)
    expect(countNodes(tree)).toBe(102)
    const hrefs: (string | null)[] = []
    const collect = (nodes: MenuNode[]) =>
      nodes.forEach((node) => (hrefs.push(node.href), collect(node.children)))
    collect(tree)
    expect(hrefs.filter((href) => href === null)).toEqual([])
    expect(hrefs).toContain('/topics/mental-health/personality-disorders')
  })

  it('parses the crisis resources: 988 in the US by call, text and chat', async () => {
    const crisis = crisisResourcesSchema.parse(
      overTheWire(await payload.findGlobal({ slug: 'crisis-resources', ...anonymous })),
    )
    const us = crisis.regions.find((region) => region.region === 'US')
    expect(us?.emergencyNumber).toBe('911')
    expect(us?.lines.find((line) => line.number === '988')?.channels).toEqual(['call', 'text', 'chat'])
    expect(crisis.regions.flatMap((region) => region.lines.map((line) => line.number))).not.toContain('811')
  })

  it('parses the site settings, whose expired HONcode badge is no longer shown', async () => {
    const settings = siteSettingsSchema.parse(
      overTheWire(await payload.findGlobal({ slug: 'site-settings', depth: 1, ...anonymous })),
    )
    expect(settings.footerGroups.map((group) => group.title)).toEqual(['About Haven', 'Help', 'Legal'])
    const pageLinks = settings.footerGroups
      .flatMap((group) => group.links)
      .filter((l) => l.link.type === 'page')
    pageLinks.forEach((link) => expect(populated(link.link.page)?.slug).toEqual(expect.any(String)))
    expect(settings.trustBadges.map((badge) => badge.name)).toContain('HONcode certified')
    expect(validBadges(settings.trustBadges, new Date('2026-06-01T00:00:00Z')).map((b) => b.name)).toEqual([
      'Clinically reviewed content',
    ])
    expect(settings.newsletter?.ctaLabel).toBe('Sign up')
  })
})

describe('redirects', () => {
  const from = '/articles/emotional-intimacy-old-slug'
  let redirectId: number | undefined

  afterAll(async () => {
    if (redirectId !== undefined)
      await payload.delete({ collection: 'redirects', id: redirectId, ...asEditor })
  })

  it('parses a redirect from an old article address as the web looks it up', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'emotional-intimacy' } },
      limit: 1,
      depth: 0,
      ...anonymous,
    })
    const created = await payload.create({
      collection: 'redirects',
      data: {
        from,
        type: '308',
        to: { type: 'reference', reference: { relationTo: 'articles', value: docs[0]!.id } },
      },
      ...asEditor,
    })
    redirectId = created.id
    const result = await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      depth: 1,
      ...anonymous,
    })
    const [redirect] = paginatedSchema(redirectSchema).parse(overTheWire(result)).docs
    expect(redirectTarget(redirect!)).toEqual({ location: '/articles/emotional-intimacy', status: 308 })
  })
})
