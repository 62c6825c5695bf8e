/**
 * The Local API generator of the cost-growth benchmark: for every 250 articles a writer, a clinical
 * reviewer, a sub-topic and a partner, then the first `viaApi` articles, all through Payload's Local
 * API with its validation (`req.context.disableRevalidate` keeps the web app out of it, like the
 * seed). Each article has the shape of a real one: section headings, paragraphs, lists, a partner
 * offers block, an author, a reviewer, 1–2 topics plus the shared topic `SHARED_TOPIC`.
 */
import type { Payload } from 'payload'

import { body, type Resolver } from '../../apps/cms/src/seed/lexical'
import { heroImage } from '../../apps/cms/src/seed/images'
import type { SeedBlock } from '../../apps/cms/src/seed/content/types'
import { generatedArticle, GROUP_SIZE, SHARED_TOPIC, sentence, type Id } from './shared'

const context = { seeding: true, disableRevalidate: true } as const
const ctx = { overrideAccess: true, context } as const

/** A body of about 1,500 words: five sections with paragraphs and a list, and one partner offer. */
function articleBody(n: number, partnerSlug: string): SeedBlock[] {
  const blocks: SeedBlock[] = []
  for (let s = 0; s < 5; s++) {
    blocks.push({ type: 'h2', text: `Part ${s + 1}: ${sentence(n + s, 4).slice(0, -1)}` })
    for (let p = 0; p < 3; p++)
      blocks.push({
        type: 'p',
        text: Array.from({ length: 5 }, (_, i) => sentence(n + s * 5 + p + i)).join(' '),
      })
    blocks.push({ type: 'ul', items: [sentence(n + s, 8), sentence(n + s + 1, 8), sentence(n + s + 2, 8)] })
    if (s === 1) blocks.push({ type: 'offers', partners: [partnerSlug] })
  }
  return blocks
}

/** What the Local API made: the people, topics and partners, and the articles the cloner copies. */
export type MadeViaApi = {
  writers: Id[]
  reviewers: Id[]
  topics: Id[]
  partners: string[]
  shared: Id
  templates: Id[]
  peopleTopicsSeconds: number
}

/** Adds the people, topics and partners for `count` articles, and the first `viaApi` articles. */
export async function addViaLocalApi(
  payload: Payload,
  { count, viaApi, batch }: { count: number; viaApi: number; batch: string },
): Promise<MadeViaApi> {
  const started = performance.now()
  const groups = Math.max(1, Math.ceil(count / GROUP_SIZE))
  const hero = await payload.create({
    collection: 'media',
    data: { alt: 'An abstract illustration in teal', purpose: 'general' },
    file: {
      name: `bench-${batch}-hero.png`,
      data: await heroImage(`bench-${batch}`, ['#0b5d6b', '#e6f1f2']),
      mimetype: 'image/png',
      size: 0,
    },
    ...ctx,
  })
  const roots = await payload.find({
    collection: 'topics',
    where: { parent: { exists: false } },
    limit: 10,
    depth: 0,
    ...ctx,
  })
  if (roots.docs.length === 0) throw new Error('the database has no topics: seed it first')
  // Every generated article is also filed under one shared topic, whose page therefore grows with N.
  const shared =
    (
      await payload.find({
        collection: 'topics',
        where: { slug: { equals: SHARED_TOPIC } },
        limit: 1,
        depth: 0,
        ...ctx,
      })
    ).docs[0] ??
    (await payload.create({
      collection: 'topics',
      data: {
        title: 'Everything generated',
        slug: SHARED_TOPIC,
        description: 'Every article the cost-growth benchmark generated.',
        _status: 'published',
      },
      ...ctx,
    }))

  const writers: Id[] = []
  const reviewers: Id[] = []
  const topics: Id[] = []
  const partners: string[] = []
  const partnerIds = new Map<string, Id>()
  for (let g = 0; g < groups; g++) {
    const writer = await payload.create({
      collection: 'people',
      data: {
        name: `Writer ${batch.toUpperCase()} ${g + 1}`,
        slug: `bench-${batch}-writer-${g + 1}`,
        roles: ['writer'],
        bio: sentence(g, 30),
        _status: 'published',
      },
      ...ctx,
    })
    writers.push(writer.id)
    const reviewer = await payload.create({
      collection: 'people',
      data: {
        name: `Reviewer ${batch.toUpperCase()} ${g + 1}`,
        slug: `bench-${batch}-reviewer-${g + 1}`,
        roles: ['reviewer'],
        credentials: [{ abbreviation: 'LCSW', licenseState: 'NY' }],
        bio: sentence(g + 1, 30),
        _status: 'published',
      },
      ...ctx,
    })
    reviewers.push(reviewer.id)
    const topic = await payload.create({
      collection: 'topics',
      data: {
        title: `Bench topic ${batch} ${g + 1}`,
        slug: `bench-${batch}-topic-${g + 1}`,
        parent: roots.docs[g % roots.docs.length]!.id,
        description: sentence(g + 2, 20),
        _status: 'published',
      },
      ...ctx,
    })
    topics.push(topic.id)
    const slug = `bench-${batch}-partner-${partners.length + 1}`
    const partner = await payload.create({
      collection: 'partners',
      data: {
        name: `Partner ${partners.length + 1}`,
        slug,
        disclosureName: `Bench Partner ${batch} ${partners.length + 1}`,
        category: 'Online therapy',
        offerText: sentence(g + 3, 20),
        ctaLabel: 'Visit the partner',
        url: `https://partner-${partners.length + 1}.example/start`,
        active: true,
        _status: 'published',
      },
      ...ctx,
    })
    partners.push(slug)
    partnerIds.set(slug, partner.id)
  }
  const peopleTopicsSeconds = (performance.now() - started) / 1000

  const resolver: Resolver = {
    article: () => null,
    partner: (slug) => partnerIds.get(slug)!,
    person: () => writers[0]!,
    image: () => Promise.resolve(hero.id),
  }
  const templates: Id[] = []
  for (let n = 0; n < viaApi; n++) {
    const g = n % groups
    const { title, slug, published } = generatedArticle(n, batch)
    const article = await payload.create({
      collection: 'articles',
      data: {
        title,
        slug,
        summary: sentence(n + 1, 24),
        heroImage: hero.id,
        topics:
          n % 3 === 0 ? [topics[g]!, shared.id, topics[(g + 1) % topics.length]!] : [topics[g]!, shared.id],
        authors: [writers[g]!],
        reviewers: [reviewers[(g + 1) % reviewers.length]!],
        body: (await body(articleBody(n, partners[n % partners.length]!), resolver)) as never,
        publishedAt: published,
        contentUpdatedAt: published,
        lastReviewedAt: published,
        _status: 'published',
      },
      ...ctx,
    })
    templates.push(article.id)
  }
  return { writers, reviewers, topics, partners, shared: shared.id, templates, peopleTopicsSeconds }
}
