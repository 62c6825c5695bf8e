/**
 * The contract between the apps: every request the web app makes to the CMS's REST API, over HTTP
 * against the production build, parsed by the shared schemas. apps/cms/tests/int/schemas.int.test.ts
 * makes the same reads through the Local API.
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
  type Article,
  type MenuNode,
} from '@haven/schemas'
import type { z } from 'zod'

import { articles as seededArticles } from '../../apps/cms/src/seed/content/articles'
import { pages as seededPages } from '../../apps/cms/src/seed/content/pages'
import { people as seededPeople } from '../../apps/cms/src/seed/content/people'
import { stackInfo } from './support/stack-file'

const { cmsUrl } = stackInfo()

/** Payload's REST query string, brackets and all: `where[slug][equals]=x&depth=2`. */
function query(params: Record<string, string | number>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
}

/** GET `/api{path}` anonymously, as the web app does, and parse the body with `schema`. */
async function read<S extends z.ZodType>(
  path: string,
  params: Record<string, string | number>,
  schema: S,
): Promise<z.infer<S>> {
  const response = await fetch(`${cmsUrl}/api${path}?${query(params)}`, {
    headers: { Accept: 'application/json' },
  })
  expect(response.status).toBe(200)
  const result = schema.safeParse(await response.json())
  if (!result.success) throw new Error(`${path}: ${JSON.stringify(result.error.issues.slice(0, 3))}`)
  return result.data
}

const articlePage = async (slug: string): Promise<Article> => {
  const { docs } = await read(
    '/articles',
    { 'where[slug][equals]': slug, depth: 2, limit: 1 },
    paginatedSchema(articleSchema),
  )
  expect(docs).toHaveLength(1)
  return docs[0]!
}

const countNodes = (nodes: MenuNode[]): number =>
  nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0)

describe('the article page’s request', () => {
  it.each(seededArticles.map((article) => [article.slug]))('parses the seeded article %s', async (slug) => {
    const article = await articlePage(slug)
    expect(article.slug).toBe(slug)
    expect(populated(article.heroImage)?.url).toMatch(/^https?:\/\//)
    for (const person of [...article.authors, ...article.reviewers].map(populated)) {
      expect(populated(person?.headshot)?.url).toEqual(expect.any(String))
      expect(person?.headshotAlt).toBe(headshotAltOf({ ...person!, headshotAlt: null }))
    }
    expect(tableOfContents(article.body).length).toBeGreaterThan(0)
  })

  it('populates every part of the flagship article', async () => {
    const article = await articlePage('emotional-intimacy')
    const groups = blocksOf(article.body, 'partnerOffers')
    expect(groups.map((group) => activePartnersOf(group).length)).toEqual([1, 3, 1])
    expect(disclosureForOffers(groups[0]!, 'Paid by {partners}.')).toBe('Paid by Harborline Therapy.')
    expect(populated(blocksOf(article.body, 'video')[0]?.presenter)?.name).toBe('Jonah Whitcombe')
    const images = populatedOnly(
      blocksOf(article.body, 'infographicGallery')[0]?.images.map((i) => i.image) ?? [],
    )
    expect(images.map((image) => Boolean(image.alt))).toEqual([true, true, true])
    expect(populatedOnly(blocksOf(article.body, 'furtherReading')[0]?.articles ?? [])).toHaveLength(3)
    expect(tableOfContents(article.body).map((entry) => entry.label)).toContain('What It Feels Like')
  })
})

describe('listing requests', () => {
  it('parse a page of article cards, newest first', async () => {
    const select = Object.fromEntries(Object.keys(articleCardSelect).map((key) => [`select[${key}]`, 'true']))
    const listing = await read(
      '/articles',
      { depth: 1, limit: 4, page: 2, sort: '-publishedAt', ...select },
      paginatedSchema(articleCardSchema),
    )
    expect(listing).toMatchObject({ totalDocs: 26, page: 2, hasPrevPage: true, nextPage: 3 })
    const dates = listing.docs.map((card) => card.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    listing.docs.forEach((card) => expect(populated(card.heroImage)?.url).toEqual(expect.any(String)))
  })
})

describe('person, topic and page requests', () => {
  it.each(seededPeople.map((person) => [person.slug]))(
    'parse the person %s with the virtual fields',
    async (slug) => {
      const { docs } = await read(
        '/people',
        { 'where[slug][equals]': slug, depth: 1 },
        paginatedSchema(personSchema),
      )
      expect(docs[0]?.slug).toBe(slug)
      expect(docs[0]?.credentialsLabel).toEqual(expect.any(String))
      expect(typeof docs[0]?.isClinical).toBe('boolean')
      expect(docs[0]?.headshotAlt).toMatch(/^Headshot of /)
    },
  )

  it('parse a nested topic with its parent and breadcrumbs', async () => {
    const { docs } = await read(
      '/topics',
      { 'where[path][equals]': 'relationships/intimacy', depth: 1 },
      paginatedSchema(topicSchema),
    )
    expect(populated(docs[0]?.parent)?.slug).toBe('relationships')
    expect(docs[0]?.breadcrumbs.map((crumb) => crumb.label)).toEqual(['Relationships', 'Intimacy'])
  })

  it.each(seededPages.map((page) => [page.slug]))('parse the page %s', async (slug) => {
    const { docs } = await read(
      '/pages',
      { 'where[slug][equals]': slug, depth: 2 },
      paginatedSchema(pageSchema),
    )
    expect(docs[0]?.slug).toBe(slug)
  })
})

describe('global requests', () => {
  it('parse the navigation: 6 top-level items and 102 in all', async () => {
    const tree = menuTree(await read('/globals/navigation', { depth: 1 }, navigationSchema))
    expect(tree).toHaveLength(6)
    expect(countNodes(tree)).toBe(102)
  })

  it('parse the crisis resources: 988 in the US by call, text and chat', async () => {
    const crisis = await read('/globals/crisis-resources', { depth: 0 }, crisisResourcesSchema)
    const us = crisis.regions.find((region) => region.region === 'US')
    expect(us?.emergencyNumber).toBe('911')
    expect(us?.lines.find((line) => line.number === '988')?.channels).toEqual(['call', 'text', 'chat'])
  })

  it('parse the site settings, whose expired HONcode badge is not shown', async () => {
    const settings = await read('/globals/site-settings', { depth: 1 }, siteSettingsSchema)
    expect(settings.footerGroups).toHaveLength(3)
    expect(validBadges(settings.trustBadges, new Date('2026-06-01T00:00:00Z')).map((b) => b.name)).toEqual([
      'Clinically reviewed content',
    ])
  })
})

describe('the redirect request', () => {
  const from = '/articles/emotional-intimacy-old-slug'
  let token: string | undefined
  let redirectId: number | string | undefined

  const asAdmin = () => ({ 'Content-Type': 'application/json', Authorization: `JWT ${token}` })

  afterAll(async () => {
    if (redirectId !== undefined)
      await fetch(`${cmsUrl}/api/redirects/${redirectId}`, { method: 'DELETE', headers: asAdmin() })
  })

  it('parses a redirect from an old article address', async () => {
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
    })
    expect(login.status).toBe(200)
    token = ((await login.json()) as { token: string }).token
    const article = await articlePage('emotional-intimacy')
    const created = await fetch(`${cmsUrl}/api/redirects`, {
      method: 'POST',
      headers: asAdmin(),
      body: JSON.stringify({
        from,
        type: '308',
        to: { type: 'reference', reference: { relationTo: 'articles', value: article.id } },
      }),
    })
    expect(created.status).toBe(201)
    redirectId = ((await created.json()) as { doc: { id: number | string } }).doc.id

    const { docs } = await read(
      '/redirects',
      { 'where[from][equals]': from, depth: 1 },
      paginatedSchema(redirectSchema),
    )
    expect(redirectTarget(docs[0]!)).toEqual({ location: '/articles/emotional-intimacy', status: 308 })
  })
})
