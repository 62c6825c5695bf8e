/**
 * The demo content: accounts, people, topics, partners, pages, articles, media and the globals.
 * Everything goes through the Local API with its validation and hooks (so the seed also proves the
 * rules accept real content); `seedContext` only switches off calls to the web app.
 */
import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { levelNames } from '../globals/Navigation'
import { contentFingerprint, DEFAULT_REVIEW_INTERVAL_MONTHS, nextReviewDue } from '../lib/workflow'
import { collections, globals } from '../slugs'
import { DEMO_PASSWORD, demoMembers, demoUsers } from './accounts'
import { articles } from './content/articles'
import { forms } from './content/forms'
import { pages } from './content/pages'
import { partners } from './content/partners'
import { people } from './content/people'
import { statementsOf, therapists } from './content/therapists'
import { topicHubs } from './content/topic-hubs'
import type { SeedArticle } from './content/types'
import { headshotImage, heroImage, infographicImage, logoImage } from './images'
import { body, simpleText, type Resolver } from './lexical'
import { navigationSeed, topicSeeds, type NavItemSeed } from './navigation'
import { crisisResources, footerGroups, newsletter, trustBadges } from './site'

/** Passed as `req.context` so hooks with side effects (revalidation) stand aside. */
export const seedContext = { seeding: true, disableRevalidate: true } as const

/** Collections the seed fills, emptied by `--force` in an order that respects references. */
const seededCollections: CollectionSlug[] = [
  // Listings point at members, topics and media, so they go first.
  collections.therapists,
  collections.formSubmissions,
  collections.forms,
  collections.redirects,
  collections.articles,
  collections.pages,
  // Users link to people (a reviewer's licensed person), so they go before people.
  collections.users,
  collections.members,
  collections.partners,
  collections.people,
  collections.topics,
  collections.media,
]

export async function isEmpty(payload: Payload): Promise<boolean> {
  for (const collection of seededCollections) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

export async function wipe(payload: Payload): Promise<void> {
  for (const collection of seededCollections) {
    // One by one, children first, so no delete hook sees a half-removed tree or a dangling reference.
    for (;;) {
      const { docs } = await payload.find({
        collection,
        limit: 100,
        depth: 0,
        overrideAccess: true,
        draft: true,
        sort: '-createdAt',
      })
      if (docs.length === 0) break
      for (const doc of docs) {
        await payload.delete({
          collection,
          id: doc.id,
          overrideAccess: true,
          context: { ...seedContext, wipingEverything: true },
        })
      }
    }
  }
}

const png = (name: string, data: Buffer) => ({ name, data, mimetype: 'image/png', size: data.length })
const iso = (day: string) => new Date(`${day}T09:00:00.000Z`).toISOString()

/** The slugs an article links to (internal links and further reading). */
export function articleLinks(article: SeedArticle): Set<string> {
  const out = new Set<string>()
  for (const block of article.body) {
    if (block.type === 'furtherReading') block.articles.forEach((s) => out.add(s))
    const texts =
      block.type === 'p'
        ? [block.text]
        : block.type === 'ul' || block.type === 'ol'
          ? block.items
          : 'body' in block
            ? block.body
            : []
    for (const t of texts) for (const m of t.matchAll(/\]\(article:([a-z0-9-]+)\)/g)) out.add(m[1]!)
  }
  out.delete(article.slug)
  return out
}

export type SeedCounts = Record<string, number>

function need<T>(map: Map<string, T>, kind: string, key: string): T {
  const value = map.get(key)
  if (value === undefined) throw new Error(`seed: unknown ${kind} "${key}"`)
  return value
}

/**
 * The editorial record of a seeded article, as the workflow would have left it: approved by its first
 * reviewer on the last review date, published, and (when it was updated or re-reviewed later) published
 * again. The approval matches the stored content, so editors can re-save SEO fields without a review.
 */
export function seedHistory(article: SeedArticle, reviewerId: number, fingerprint: string) {
  const published = iso(article.publishedAt)
  const updated = iso(article.updatedAt)
  const reviewed = iso(article.lastReviewedAt)
  const history = [
    {
      date: published,
      change: 'published',
      publishedByName: 'Eli Editor',
      reviewedBy: reviewerId,
      reviewedAt: published,
    },
  ]
  if (updated > published || reviewed > published)
    history.push({
      date: updated > reviewed ? updated : reviewed,
      change: updated > published ? 'updated' : 'reviewed',
      publishedByName: 'Eli Editor',
      reviewedBy: reviewerId,
      reviewedAt: reviewed,
    })
  return {
    workflowState: 'published' as const,
    approval: { reviewer: reviewerId, approvedAt: reviewed, fingerprint },
    publishedFingerprint: fingerprint,
    nextReviewDue: nextReviewDue(new Date(reviewed), DEFAULT_REVIEW_INTERVAL_MONTHS).toISOString(),
    history,
  }
}

/** Creates the demo accounts and content. Expects an empty database (see {@link isEmpty}). */
export async function seed(payload: Payload): Promise<SeedCounts> {
  const ctx = { overrideAccess: true, context: seedContext } as const
  const counts: SeedCounts = {}
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1)

  const memberIds = new Map<string, number>()
  for (const member of demoMembers) {
    const account = await payload.create({
      collection: collections.members,
      data: { ...member, password: DEMO_PASSWORD },
      ...ctx,
    })
    memberIds.set(member.email, account.id)
    count('directory members')
  }

  // People, with generated headshots (alt text comes from the person).
  const personIds = new Map<string, number>()
  for (const person of people) {
    const headshot = await payload.create({
      collection: collections.media,
      data: { purpose: 'headshot' },
      file: png(`${person.slug}-headshot.png`, await headshotImage(person.slug, person.palette)),
      ...ctx,
    })
    count('media')
    const doc = await payload.create({
      collection: collections.people,
      data: {
        name: person.name,
        slug: person.slug,
        roles: person.roles,
        credentials: person.credentials.map((c) => ({ ...c, abbreviation: c.abbreviation as never })),
        headshot: headshot.id,
        bio: person.bio.join('\n\n'),
        _status: 'published',
      },
      ...ctx,
    })
    personIds.set(person.slug, doc.id)
    count('people')
  }

  // Accounts: the writer and the clinical reviewer write and review as seeded people.
  for (const { person, ...user } of demoUsers) {
    await payload.create({
      collection: collections.users,
      data: {
        ...user,
        person: person ? need(personIds, 'person', person) : undefined,
        password: DEMO_PASSWORD,
      },
      ...ctx,
    })
    count('users')
  }

  // Topics, parents before children.
  const topicIds = new Map<string, number>()
  for (const topic of topicSeeds()) {
    const doc = await payload.create({
      collection: collections.topics,
      data: {
        title: topic.title,
        slug: topic.slug,
        parent: topic.parentPath ? topicIds.get(topic.parentPath) : undefined,
        description: `Clinically reviewed articles on ${topic.title.replace(/\s*\(.*\)$/, '')}: what it is, how it feels, and where to find help.`,
        _status: 'published',
      },
      ...ctx,
    })
    topicIds.set(topic.path, doc.id)
    count('topics')
  }

  const partnerIds = new Map<string, number>()
  for (const partner of partners) {
    const { slug, logoColour, ...rest } = partner
    const logo = await payload.create({
      collection: collections.media,
      data: { alt: `${partner.name} logo`, purpose: 'general' },
      file: png(`${slug}-logo.png`, await logoImage(partner.name, logoColour)),
      ...ctx,
    })
    count('media')
    const doc = await payload.create({
      collection: collections.partners,
      data: { ...rest, slug, logo: logo.id, _status: 'published' },
      ...ctx,
    })
    partnerIds.set(slug, doc.id)
    count('partners')
  }

  const articleIds = new Map<string, number>()
  const imageIds = new Map<string, number>()
  const knownArticles = new Set(articles.map((a) => a.slug))
  const resolver: Resolver = {
    article: (slug) => {
      if (!knownArticles.has(slug)) throw new Error(`seed: unknown article "${slug}"`)
      return articleIds.get(slug) ?? null
    },
    partner: (slug) => need(partnerIds, 'partner', slug),
    person: (slug) => need(personIds, 'person', slug),
    image: async ({ title, alt, motif, palette, drawing }) => {
      const key = createHash('sha1')
        .update(JSON.stringify([title, motif, palette, drawing]))
        .digest('hex')
        .slice(0, 12)
      const existing = imageIds.get(key)
      if (existing) return existing
      const media = await payload.create({
        collection: collections.media,
        data: { alt, purpose: 'general' },
        file: png(`infographic-${key}.png`, await infographicImage(title, motif, palette, drawing)),
        ...ctx,
      })
      count('media')
      imageIds.set(key, media.id)
      return media.id
    },
  }

  const pageIds = new Map<string, number>()
  for (const page of pages) {
    const doc = await payload.create({
      collection: collections.pages,
      data: {
        title: page.title,
        slug: page.slug,
        summary: page.summary,
        body: (await body(page.body, resolver)) as never,
        _status: 'published',
      },
      ...ctx,
    })
    pageIds.set(page.slug, doc.id)
    count('pages')
  }

  for (const form of forms) {
    await payload.create({
      collection: collections.forms,
      data: {
        title: form.title,
        slug: form.slug,
        submitButtonLabel: form.submitButtonLabel,
        confirmationType: 'message',
        confirmationMessage: (await body([{ type: 'p', text: form.confirmation }], resolver)) as never,
        fields: form.fields.map((field) => ({ ...field })) as never,
      },
      ...ctx,
    })
    count('forms')
  }

  // Articles link to each other (sometimes both ways): a link to one not created yet is plain text in
  // the first pass and becomes a link in the second, once every target is published.
  const secondPass: SeedArticle[] = []
  for (const article of articles) {
    const hero = await payload.create({
      collection: collections.media,
      data: { alt: article.heroAlt, purpose: 'general' },
      file: png(`${article.slug}-hero.png`, await heroImage(article.slug, article.palette)),
      ...ctx,
    })
    count('media')
    const doc = await payload.create({
      collection: collections.articles,
      data: {
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        heroImage: hero.id,
        topics: article.topics.map((path) => need(topicIds, 'topic', path)),
        authors: article.authors.map((slug) => need(personIds, 'person', slug)),
        reviewers: article.reviewers.map((slug) => need(personIds, 'person', slug)),
        body: (await body(article.body, resolver, article.palette)) as never,
        sources: article.sources ?? [],
        publishedAt: iso(article.publishedAt),
        contentUpdatedAt: iso(article.updatedAt),
        lastReviewedAt: iso(article.lastReviewedAt),
        featured: article.featured ?? false,
        meta: { title: `${article.title} · Haven`, description: article.summary, image: hero.id },
        _status: 'published',
      },
      ...ctx,
    })
    if ([...articleLinks(article)].some((slug) => !articleIds.has(slug))) secondPass.push(article)
    articleIds.set(article.slug, doc.id)
    count('articles')
  }
  for (const article of secondPass) {
    await payload.update({
      collection: collections.articles,
      id: need(articleIds, 'article', article.slug),
      data: { body: (await body(article.body, resolver, article.palette)) as never, _status: 'published' },
      ...ctx,
    })
  }
  // The workflow's record, from the content as stored (so its fingerprint is the one hooks compute).
  for (const article of articles) {
    const id = need(articleIds, 'article', article.slug)
    const stored = await payload.findByID({ collection: collections.articles, id, depth: 0, ...ctx })
    const reviewer = need(personIds, 'person', article.reviewers[0]!)
    await payload.update({
      collection: collections.articles,
      id,
      data: {
        ...seedHistory(article, reviewer, contentFingerprint(stored as unknown as Record<string, unknown>)),
        _status: 'published',
      } as never,
      depth: 0,
      ...ctx,
    })
  }

  // The editors' hubs, once the articles they pick and link to are published.
  for (const hub of topicHubs) {
    await payload.update({
      collection: collections.topics,
      id: need(topicIds, 'topic', hub.path),
      data: {
        intro: simpleText(hub.intro, resolver) as never,
        editorsPicks: hub.editorsPicks.map((slug) => need(articleIds, 'article', slug)),
        relatedTopics: hub.relatedTopics.map((path) => need(topicIds, 'topic', path)),
        _status: 'published',
      },
      ...ctx,
    })
  }

  const toLink = (item: NavItemSeed['link']) =>
    item.type === 'topic'
      ? { type: 'topic' as const, topic: need(topicIds, 'topic', item.topicPath) }
      : item.type === 'page'
        ? { type: 'page' as const, page: need(pageIds, 'page', item.pageSlug) }
        : { type: 'path' as const, path: item.path }
  type NavRow = { label: string; link: ReturnType<typeof toLink> } & Record<string, unknown>
  const toRows = (items: NavItemSeed[], level = 1): NavRow[] =>
    items.map((item) => ({
      label: item.label,
      link: toLink(item.link),
      ...(item.children ? { [levelNames[level]!]: toRows(item.children, level + 1) } : {}),
    }))
  await payload.updateGlobal({
    slug: globals.navigation,
    data: { items: toRows(navigationSeed()) as never, _status: 'published' },
    ...ctx,
  })
  await payload.updateGlobal({
    slug: globals.crisisResources,
    data: { ...crisisResources, _status: 'published' } as never,
    ...ctx,
  })
  await payload.updateGlobal({
    slug: globals.siteSettings,
    data: {
      siteName: 'Haven',
      tagline: 'Mental-health writing you can trust, reviewed by licensed clinicians.',
      footerGroups: footerGroups.map((group) => ({
        title: group.title,
        links: group.links.map((link) => ({
          label: link.label,
          link:
            'page' in link && link.page
              ? { type: 'page' as const, page: need(pageIds, 'page', link.page) }
              : { type: 'path' as const, path: (link as { path: string }).path },
        })),
      })),
      trustBadges: trustBadges.map((badge) => ({
        ...badge,
        validFrom: iso(badge.validFrom),
        validUntil: iso(badge.validUntil),
      })),
      newsletter,
      _status: 'published',
    },
    ...ctx,
  })
  counts.globals = 3

  await seedDirectory(payload, { topicIds, memberIds }, count)
  return counts
}

/**
 * The demo directory (content/therapists.ts), through the Local API and its rules like the rest. The
 * dates of "accepting new clients" are then set back by each listing's days, as weeks of use would
 * have left them (the hook sets them to now, as it must for a real save).
 */
async function seedDirectory(
  payload: Payload,
  { topicIds, memberIds }: { topicIds: Map<string, number>; memberIds: Map<string, number> },
  count: (key: string) => void,
): Promise<void> {
  const ctx = { overrideAccess: true, context: seedContext } as const
  const now = Date.now()
  // One drawn portrait per palette, shared: the seed stays quick (every upload is resized four times)
  // and each listing's alt text still comes from its own name.
  const photos = new Map<string, number>()
  for (const t of therapists) {
    const slug = t.name.toLowerCase().replace(/[^a-z]+/g, '-')
    const key = t.palette.join()
    if (!photos.has(key)) {
      const photo = await payload.create({
        collection: collections.media,
        data: { purpose: 'headshot' },
        file: png(
          `therapist-${photos.size + 1}-photo.png`,
          await headshotImage(`therapist-${key}`, t.palette),
        ),
        ...ctx,
      })
      photos.set(key, photo.id)
      count('media')
    }
    const data: RequiredDataFromCollectionSlug<'therapists'> = {
      name: t.name,
      slug,
      pronouns: t.pronouns,
      owner: t.owner ? need(memberIds, 'member', t.owner) : undefined,
      credentials: t.credentials.map((abbreviation) => ({ abbreviation: abbreviation as never })),
      licences: [{ ...t.licence, type: t.licence.type as never, state: t.licence.state as never }],
      npi: t.npi,
      verification: { status: t.status, note: t.note },
      photo: photos.get(key)!,
      ...statementsOf(t),
      issues: t.issues.map((path) => need(topicIds, 'topic', path)),
      approaches: t.approaches.map((path) => need(topicIds, 'topic', path)),
      insurers: t.insurers as never,
      feeMin: t.fee[0],
      feeMax: t.fee[1],
      slidingScale: t.slidingScale,
      formats: t.formats,
      languages: t.languages as never,
      ages: t.ages,
      gender: t.gender,
      office: { zip: t.zip },
      statesOnline: t.statesOnline as never,
      acceptingNewClients: t.accepting,
    }
    const doc = await payload.create({ collection: collections.therapists, data, ...ctx })
    if (t.accepting)
      await payload.db.updateOne({
        collection: collections.therapists,
        id: doc.id,
        data: { acceptingConfirmedAt: new Date(now - t.confirmedDaysAgo * 86_400_000).toISOString() },
        req: {},
      })
    count('therapists')
  }
}
