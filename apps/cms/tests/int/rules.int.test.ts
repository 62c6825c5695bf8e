/**
 * The content model's rules, each tried with bad input through the Local API: the save must be refused
 * with a message naming the field and the rule, and nothing may be stored. Every document made here has
 * "Rules test" in its title or name (or "rules-test" in its file name or redirect), so `afterEach` can
 * remove it, even one that a broken rule let through; the globals are restored after each test.
 */
import { existsSync, readdirSync } from 'node:fs'

import { slugify } from '@haven/schemas'
import {
  block,
  blockId,
  link,
  paragraph,
  root,
  text,
  type LexicalJson as Node,
} from '@haven/schemas/lexical-builder'
import {
  type CollectionSlug,
  type Payload,
  type RequiredDataFromCollectionSlug,
  type TypedUser,
  type Where,
} from 'payload'
import sharp from 'sharp'

import { Articles } from '../../src/collections/Articles'
import { PartnerOffers } from '../../src/blocks/PartnerOffers'
import { env } from '../../src/env'
import type { Article, CrisisResource, SiteSetting } from '../../src/payload-types'
import { payloadForTests } from './payload'
import { refusal } from './refusal'

const MARK = 'Rules test'

let payload: Payload

type ArticleData = RequiredDataFromCollectionSlug<'articles'>

/** Seeded documents the tests point at (see src/seed/content). */
const seeded = {
  writer: 0, // Corinne Abernathy: writer, MPH
  writerWithLicence: 0, // Maren Okafor: writer, LMFT, not a reviewer
  writerWithoutLicence: 0, // Daniel Whitfield: writer, MA
  reviewer: 0, // Tomás Lindqvist: reviewer, MD
  otherReviewer: 0, // Adaeze Morrow: reviewer, PsyD
  activePartner: 0, // Harborline
  inactivePartner: 0, // Lantern Circle
  topic: 0,
  heroImage: 0,
}

async function seededId(collection: 'people' | 'partners' | 'topics', slug: string): Promise<number> {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  const doc = docs[0]
  if (!doc) throw new Error(`no seeded ${collection} "${slug}"`)
  return doc.id
}

beforeAll(async () => {
  payload = await payloadForTests()
  Object.assign(seeded, {
    writer: await seededId('people', 'corinne-abernathy'),
    writerWithLicence: await seededId('people', 'maren-okafor'),
    writerWithoutLicence: await seededId('people', 'daniel-whitfield'),
    reviewer: await seededId('people', 'tomas-lindqvist'),
    otherReviewer: await seededId('people', 'adaeze-morrow'),
    activePartner: await seededId('partners', 'harborline'),
    inactivePartner: await seededId('partners', 'lantern-circle'),
    topic: await seededId('topics', 'anxiety'),
  })
  const hero = await payload.find({
    collection: 'media',
    where: { purpose: { equals: 'general' } },
    depth: 0,
    limit: 1,
  })
  seeded.heroImage = hero.docs[0]!.id
})

/** Where each collection's test documents are found, and the order they are removed in. */
const made: [CollectionSlug, Where][] = [
  ['redirects', { from: { contains: 'rules-test' } }],
  ['articles', { title: { contains: MARK } }],
  ['pages', { title: { contains: MARK } }],
  ['partners', { name: { contains: MARK } }],
  ['people', { name: { contains: MARK } }],
  ['topics', { title: { contains: MARK } }],
  ['media', { filename: { contains: 'rules-test' } }],
]

afterEach(async () => {
  for (const [collection, where] of made) {
    let left = (
      await payload.find({ collection, where, draft: true, depth: 0, limit: 100, sort: '-createdAt' })
    ).docs
    // Test articles may link to each other; a delete refused because of a link succeeds once the linker is gone.
    for (let round = 0; left.length > 0 && round < 5; round++) {
      const refused: typeof left = []
      for (const doc of left) {
        await payload.delete({ collection, id: doc.id }).catch(() => refused.push(doc))
      }
      left = refused
    }
    if (left.length)
      throw new Error(`could not remove test ${collection}: ${left.map((d) => d.id).join(', ')}`)
  }
})

async function userByEmail(email: string): Promise<TypedUser> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (!docs[0]) throw new Error(`no seeded user ${email}`)
  return { ...docs[0], collection: 'users' }
}

const count = async (collection: CollectionSlug) => (await payload.count({ collection })).totalDocs

// Lexical JSON in the shapes the editor and the seed write (@haven/schemas/lexical-builder).
const internalLink = (label: string, relationTo: 'articles' | 'pages', id: number): Node =>
  link({ linkType: 'internal', doc: { relationTo, value: id } }, text(label))
const externalLink = (label: string, url: string): Node => link({ linkType: 'custom', url }, text(label))
const offers = (partnerIds: number[], title: string | null = null): Node =>
  block({
    blockType: 'partnerOffers',
    title,
    offers: partnerIds.map((partner) => ({ id: blockId(), partner })),
  })
const furtherReading = (articleIds: number[]): Node =>
  block({ blockType: 'furtherReading', title: 'For Further Reading', articles: articleIds })
const body = (...children: Node[]) => root(...children) as unknown as Article['body']

/** A valid draft article by a writer, reviewed by a clinician; `overrides` bring in the bad input. */
function article(name: string, overrides: Partial<ArticleData> = {}): ArticleData {
  return {
    title: `${MARK} ${name}`,
    slug: `rules-test-${slugify(name)}`,
    summary: 'A throw-away article for the content-model rules.',
    heroImage: seeded.heroImage,
    authors: [seeded.writer],
    reviewers: [seeded.reviewer],
    topics: [seeded.topic],
    body: body(paragraph(text('Grounding can help when anxiety rises.'))),
    // These tests are about the content rules, not the clinical review (workflow.int.test.ts): as
    // trusted server code they publish with a recorded reason instead of going through an approval.
    publishReason: 'Content-model rules test fixture',
    _status: 'draft',
    ...overrides,
  }
}

const createArticle = (data: ArticleData) => payload.create({ collection: 'articles', data })

const partnersIn = (doc: Article): unknown[] =>
  (doc.body.root.children as Node[])
    .filter((n) => n.type === 'block' && (n.fields as Node).blockType === 'partnerOffers')
    .flatMap((n) => ((n.fields as { offers: { partner: unknown }[] }).offers ?? []).map((o) => o.partner))

const png = async (name: string) => {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5d6b' } })
    .png()
    .toBuffer()
  return { name, data, mimetype: 'image/png', size: data.length }
}

describe('partner offers and their disclosure', () => {
  it('has no disclosure field to type, on articles or on the offers block', () => {
    const names: string[] = []
    const visit = (fields: readonly unknown[]) => {
      for (const field of fields as { name?: string; fields?: unknown[]; tabs?: { fields: unknown[] }[] }[]) {
        if (field.name) names.push(field.name)
        if (field.fields) visit(field.fields)
        for (const tab of field.tabs ?? []) visit(tab.fields)
      }
    }
    visit(Articles.fields)
    visit(PartnerOffers.fields)
    visit(payload.collections.articles.config.fields)
    expect(names).toContain('offers')
    expect(names.filter((name) => /disclosure/i.test(name))).toEqual([])
  })

  it('refuses an offers group without any partner, naming the body, and stores nothing', async () => {
    const before = await count('articles')
    const messages = await refusal(
      createArticle(article('empty offers', { body: body(offers([], 'Support for Couples')) })),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^body: partner offers group "Support for Couples" has no partner/),
    )
    expect(await count('articles')).toBe(before)
  })

  it('refuses an offers group whose only partner is inactive, naming the partner, and stores nothing', async () => {
    const before = await count('articles')
    const messages = await refusal(
      createArticle(article('inactive partner', { body: body(offers([seeded.inactivePartner])) })),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^body: .*"Lantern Circle".*inactive partners cannot be added/),
    )
    expect(await count('articles')).toBe(before)
  })

  it('refuses adding an inactive partner to an existing article and keeps the stored body', async () => {
    const doc = await createArticle(article('adds a partner', { body: body(offers([seeded.activePartner])) }))
    const before = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
    const messages = await refusal(
      payload.update({
        collection: 'articles',
        id: doc.id,
        data: { body: body(offers([seeded.activePartner, seeded.inactivePartner])) },
      }),
    )
    expect(messages).toContainEqual(expect.stringMatching(/^body: .*"Lantern Circle".*inactive/))
    expect(await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })).toEqual(
      before,
    )
  })

  it('stops giving readers a partner once it is deactivated after the article was published', async () => {
    const partner = await payload.create({
      collection: 'partners',
      data: {
        name: `${MARK} Partner`,
        slug: 'rules-test-partner',
        disclosureName: 'Rules Test Therapy',
        category: 'Online therapy',
        offerText: 'Talk to a licensed therapist this week.',
        ctaLabel: 'Visit',
        url: 'https://partner.example/start',
        active: true,
        _status: 'published',
      },
    })
    const published = await createArticle(
      article('offers a partner', { body: body(offers([partner.id])), _status: 'published' }),
    )
    const partnersShownTo = async (user?: TypedUser) => {
      const { docs } = await payload.find({
        collection: 'articles',
        where: { id: { equals: published.id } },
        depth: 2,
        overrideAccess: false,
        user,
      })
      expect(docs).toHaveLength(1)
      return partnersIn(docs[0]!)
    }
    const asReader = () => partnersShownTo()
    expect(await asReader()).toEqual([expect.objectContaining({ id: partner.id, name: `${MARK} Partner` })])

    await payload.update({ collection: 'partners', id: partner.id, data: { active: false } })

    const [shown] = await asReader()
    expect([partner.id, null]).toContainEqual(shown)
    // Editors still see it, so they can find and replace it.
    expect(await partnersShownTo(await userByEmail('editor@haven.test'))).toEqual([
      expect.objectContaining({ id: partner.id, active: false }),
    ])
  })
})

describe('crisis lines', () => {
  let original: CrisisResource

  beforeAll(async () => {
    original = await payload.findGlobal({ slug: 'crisis-resources', depth: 0 })
  })

  afterEach(async () => {
    const now = await payload.findGlobal({ slug: 'crisis-resources', depth: 0 })
    if (now.updatedAt !== original.updatedAt) {
      await payload.updateGlobal({ slug: 'crisis-resources', data: { ...original, _status: 'published' } })
    }
  })

  const regions = () => structuredClone(original.regions)
  const regionIndex = (code: string) => original.regions.findIndex((r) => r.region === code)

  /** Saves the global with `changed` regions; it must be refused, and the stored global must not change. */
  async function refusedRegions(changed: CrisisResource['regions']): Promise<string[]> {
    const messages = await refusal(
      payload.updateGlobal({ slug: 'crisis-resources', data: { regions: changed } }),
    )
    expect(await payload.findGlobal({ slug: 'crisis-resources', depth: 0 })).toEqual(original)
    return messages
  }

  it.each([
    [
      'US',
      '811',
      /^regions \d+ › lines \d+ › number: 811 is the US "call before you dig" utility line, not a crisis line/,
    ],
    ['US', '1-800-273-8255', /^regions \d+ › lines \d+ › number: 800-273-8255 was superseded by 988/],
    ['CA', '811', /^regions \d+ › lines \d+ › number: 811 is a provincial health information line/],
    ['GB', '101', /^regions \d+ › lines \d+ › number: 101 is the police non-emergency line/],
  ])('refuses %s number %s with the reason, and keeps the stored lines', async (code, number, reason) => {
    const changed = regions()
    changed[regionIndex(code)]!.lines.push({
      label: `${MARK} line`,
      number,
      channels: { call: true, text: false, chat: false },
    })
    expect(await refusedRegions(changed)).toContainEqual(expect.stringMatching(reason))
  })

  it('refuses a second number for the same line in a region', async () => {
    const changed = regions()
    const us = changed[regionIndex('US')]!
    const lifeline = us.lines.find((line) => line.number === '988')!
    us.lines.push({ label: lifeline.label, number: '741741', channels: { call: true } })
    expect(await refusedRegions(changed)).toContainEqual(
      expect.stringMatching(
        /^regions \d+ › lines \d+: .*already has the number 988 in US; a line has one number per region/,
      ),
    )
  })

  it('refuses a region listed twice', async () => {
    const changed = regions()
    const us = changed[regionIndex('US')]!
    changed.push({
      region: 'US',
      lines: us.lines.map(({ id: _id, ...line }) => line),
    })
    expect(await refusedRegions(changed)).toContainEqual(
      expect.stringMatching(/^regions \d+: US is already listed in row \d+; each region appears once/),
    )
  })

  it('refuses a line that readers cannot call, text or chat', async () => {
    const changed = regions()
    changed[0]!.lines[0]!.channels = { call: false, text: false, chat: false }
    expect(await refusedRegions(changed)).toContainEqual(
      expect.stringMatching(/^regions 1 › lines 1 › channels: tick at least one of call, text or chat/),
    )
  })
})

describe('links in the body', () => {
  it('refuses an internal link to an article that does not exist, and stores nothing', async () => {
    const before = await count('articles')
    const messages = await refusal(
      createArticle(
        article('missing link', {
          body: body(paragraph(text('See '), internalLink('a lost article', 'articles', 987654))),
        }),
      ),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^body: the link "a lost article" points at articles 987654, which does not exist/,
      ),
    )
    expect(await count('articles')).toBe(before)
  })

  it('refuses a further-reading entry for an article that does not exist, and stores nothing', async () => {
    const before = await count('articles')
    const messages = await refusal(
      createArticle(article('missing further reading', { body: body(furtherReading([987654])) })),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^body: a further-reading entry points at articles 987654, which does not exist/),
    )
    expect(await count('articles')).toBe(before)
  })

  it('refuses an internal link from a page to a page that does not exist, and stores nothing', async () => {
    const before = await count('pages')
    const messages = await refusal(
      payload.create({
        collection: 'pages',
        data: {
          title: `${MARK} page with a lost link`,
          slug: 'rules-test-page-lost-link',
          body: body(paragraph(internalLink('our old policy', 'pages', 987654))),
        },
      }),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^body: the link "our old policy" points at pages 987654, which does not exist/),
    )
    expect(await count('pages')).toBe(before)
  })

  it('refuses to publish an article that links to a draft, naming the draft, and stores nothing', async () => {
    const draft = await createArticle(article('draft target'))
    const before = await count('articles')
    const messages = await refusal(
      createArticle(
        article('links to a draft', {
          body: body(paragraph(internalLink('the draft', 'articles', draft.id))),
          _status: 'published',
        }),
      ),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^body: cannot publish while the link "the draft" points at the unpublished articles "Rules test draft target"/,
      ),
    )
    expect(await count('articles')).toBe(before)
  })

  it('refuses to publish an article whose further reading lists a draft, and stores nothing', async () => {
    const draft = await createArticle(article('draft reading'))
    const before = await count('articles')
    const messages = await refusal(
      createArticle(
        article('reads a draft', { body: body(furtherReading([draft.id])), _status: 'published' }),
      ),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^body: cannot publish while a further-reading entry points at the unpublished articles "Rules test draft reading"/,
      ),
    )
    expect(await count('articles')).toBe(before)
  })

  it('refuses to publish an article that still links to a deleted one, and keeps it a draft', async () => {
    const target = await createArticle(article('deleted target', { _status: 'published' }))
    const linker = await createArticle(
      article('links to the deleted', {
        body: body(paragraph(internalLink('gone soon', 'articles', target.id))),
      }),
    )
    await payload.delete({ collection: 'articles', id: target.id })
    const messages = await refusal(
      payload.update({ collection: 'articles', id: linker.id, data: { _status: 'published' } }),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^body: the link "gone soon" points at articles ${target.id}, which does not exist`),
      ),
    )
    const stored = await payload.findByID({ collection: 'articles', id: linker.id, draft: true, depth: 0 })
    expect(stored._status).toBe('draft')
  })

  it('refuses to delete an article that published pages link to, naming them, and keeps it', async () => {
    const target = await createArticle(article('linked target', { _status: 'published' }))
    await createArticle(
      article('published linker', {
        body: body(paragraph(internalLink('read this', 'articles', target.id))),
        _status: 'published',
      }),
    )
    const messages = await refusal(payload.delete({ collection: 'articles', id: target.id }))
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^This Article cannot be deleted: published pages link to it \("Rules test published linker"\)\. Remove those links first\./,
      ),
    )
    expect(await payload.count({ collection: 'articles', where: { id: { equals: target.id } } })).toEqual({
      totalDocs: 1,
    })
  })

  it.each(['http://example.com/help', 'javascript:alert(1)'])(
    'refuses an external link to %s, naming the link URL, and stores nothing',
    async (url) => {
      const before = await count('articles')
      const messages = await refusal(
        createArticle(
          article('unsafe link', { body: body(paragraph(text('Help: '), externalLink('help', url))) }),
        ),
      )
      expect(messages).toContainEqual(expect.stringMatching(/link URL: external links must use https:\/\//))
      expect(await count('articles')).toBe(before)
    },
  )

  it('accepts https, mailto and tel links', async () => {
    const doc = await createArticle(
      article('safe links', {
        body: body(
          paragraph(
            externalLink('988 Lifeline', 'https://988lifeline.org'),
            text(', '),
            externalLink('write to us', 'mailto:help@haven.test'),
            text(', '),
            externalLink('call 988', 'tel:988'),
          ),
        ),
      }),
    )
    expect(doc.id).toBeDefined()
  })
})

describe('authors and clinical reviewers', () => {
  async function refusedArticle(data: ArticleData): Promise<string[]> {
    const before = await count('articles')
    const messages = await refusal(createArticle(data))
    expect(await count('articles')).toBe(before)
    return messages
  }

  it('refuses a reviewer who holds no clinical credential', async () => {
    const messages = await refusedArticle(
      article('unlicensed reviewer', { reviewers: [seeded.writerWithoutLicence] }),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^reviewers: "Daniel Whitfield" holds no clinical credential/),
    )
  })

  it('refuses a licensed reviewer who does not have the reviewer role', async () => {
    const messages = await refusedArticle(
      article('reviewer without the role', { reviewers: [seeded.writerWithLicence] }),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^reviewers: "Maren Okafor" does not have the clinical reviewer role/),
    )
  })

  it('refuses a reviewer who is also an author of the same article', async () => {
    const both = await payload.create({
      collection: 'people',
      data: {
        name: `${MARK} Writer And Reviewer`,
        slug: 'rules-test-writer-and-reviewer',
        roles: ['writer', 'reviewer'],
        credentials: [{ abbreviation: 'LCSW' }],
        bio: 'Writes and reviews.',
        _status: 'published',
      },
    })
    const messages = await refusedArticle(
      article('reviews own article', { authors: [both.id], reviewers: [both.id] }),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^reviewers: "Rules test Writer And Reviewer" is an author of this article/),
    )
  })

  it('refuses an author who does not have the writer role', async () => {
    const messages = await refusedArticle(
      article('reviewer as author', { authors: [seeded.reviewer], reviewers: [seeded.otherReviewer] }),
    )
    expect(messages).toContainEqual(expect.stringMatching(/^authors: "Tomás Lindqvist" is not a writer/))
  })

  it('refuses to publish a new article without a clinical reviewer', async () => {
    const messages = await refusedArticle(article('unreviewed', { reviewers: [], _status: 'published' }))
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^reviewers: an article needs at least one clinical reviewer before it is published/,
      ),
    )
  })

  it('refuses to publish a draft without a clinical reviewer, and keeps it a draft', async () => {
    const draft = await createArticle(article('unreviewed draft', { reviewers: [] }))
    const messages = await refusal(
      payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } }),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^reviewers: an article needs at least one clinical reviewer/),
    )
    const stored = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, depth: 0 })
    expect(stored._status).toBe('draft')
  })

  it('refuses a new person with the reviewer role but no clinical credential, and stores nothing', async () => {
    const before = await count('people')
    const messages = await refusal(
      payload.create({
        collection: 'people',
        data: {
          name: `${MARK} Unlicensed Reviewer`,
          slug: 'rules-test-unlicensed-reviewer',
          roles: ['reviewer'],
          credentials: [{ abbreviation: 'MA' }],
          bio: 'Has no licence.',
        },
      }),
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^roles: a clinical reviewer must hold a clinical credential/),
    )
    expect(await count('people')).toBe(before)
  })

  it('refuses giving an unlicensed writer the reviewer role, and keeps their roles', async () => {
    const id = seeded.writerWithoutLicence
    const before = await payload.findByID({ collection: 'people', id, depth: 0 })
    try {
      const messages = await refusal(
        payload.update({ collection: 'people', id, data: { roles: ['writer', 'reviewer'] } }),
      )
      expect(messages).toContainEqual(
        expect.stringMatching(/^roles: a clinical reviewer must hold a clinical credential/),
      )
      expect(await payload.findByID({ collection: 'people', id, depth: 0 })).toEqual(before)
    } finally {
      // A seeded person: put the roles back should the rule ever let the change through.
      const now = await payload.findByID({ collection: 'people', id, depth: 0 })
      if (now.updatedAt !== before.updatedAt)
        await payload.update({ collection: 'people', id, data: { roles: before.roles } })
    }
  })
})

describe('slugs', () => {
  it.each([
    ['upper-case letters', 'Rules-Test-Upper'],
    ['spaces', 'rules-test with spaces'],
    ['a double hyphen', 'rules-test--double'],
  ])('refuses a slug with %s, naming slug, and stores nothing', async (_, slug) => {
    const before = await count('articles')
    const messages = await refusal(createArticle(article('bad slug', { slug })))
    expect(messages).toContainEqual(expect.stringMatching(/^slug: must be URL-safe/))
    expect(await count('articles')).toBe(before)
  })

  it('refuses a slug another article already has, naming slug, and stores nothing', async () => {
    const before = await count('articles')
    const messages = await refusal(createArticle(article('duplicate slug', { slug: 'emotional-intimacy' })))
    expect(await count('articles')).toBe(before)
    expect(messages).toContainEqual(expect.stringMatching(/^slug: .*(already|unique)/i))
  })

  it('allows a slug that another collection already uses', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: `${MARK} page sharing an article slug`,
        slug: 'what-is-cbt',
        body: body(paragraph(text('Slugs are unique per collection.'))),
      },
    })
    expect(page.slug).toBe('what-is-cbt')
  })

  it('makes an empty slug from the title', async () => {
    const doc = await createArticle(
      article('Slug From Title', { title: `${MARK}: Slug From Title!`, slug: '' }),
    )
    expect(doc.slug).toBe('rules-test-slug-from-title')
  })

  it.each(['articles', 'search'])(
    'refuses a page with the reserved slug %j, naming slug, and stores nothing',
    async (slug) => {
      const before = await count('pages')
      const messages = await refusal(
        payload.create({
          collection: 'pages',
          data: {
            title: `${MARK} reserved ${slug}`,
            slug,
            body: body(paragraph(text('A page that must not shadow a site route.'))),
          },
        }),
      )
      expect(messages).toContainEqual(`slug: "${slug}" is reserved for a site route; choose another`)
      expect(await count('pages')).toBe(before)
    },
  )
})

describe('partners, media and people', () => {
  it.each(['http://partner.example/start', 'javascript:alert(1)'])(
    'refuses a partner whose destination is %s, naming url, and stores nothing',
    async (url) => {
      const before = await count('partners')
      const messages = await refusal(
        payload.create({
          collection: 'partners',
          data: {
            name: `${MARK} Insecure Partner`,
            slug: 'rules-test-insecure-partner',
            disclosureName: 'Insecure Partner',
            category: 'Online therapy',
            offerText: 'An offer.',
            ctaLabel: 'Visit',
            url,
          },
        }),
      )
      expect(messages).toContainEqual(expect.stringMatching(/^url: must start with https:\/\//))
      expect(await count('partners')).toBe(before)
    },
  )

  it.each([
    ['no alt text', undefined],
    ['blank alt text', '   '],
  ])('refuses an illustration with %s, naming alt, and stores no file', async (_, alt) => {
    const before = await count('media')
    const filesBefore = readdirSync(env.mediaDir)
    const messages = await refusal(
      payload.create({
        collection: 'media',
        data: { purpose: 'general', ...(alt === undefined ? {} : { alt }) },
        file: await png('rules-test-no-alt.png'),
      }),
    )
    expect(messages).toContainEqual(expect.stringMatching(/^alt: describe the image/))
    expect(await count('media')).toBe(before)
    expect(readdirSync(env.mediaDir)).toEqual(filesBefore)
  })

  it('accepts a headshot without alt text', async () => {
    const headshot = await payload.create({
      collection: 'media',
      data: { purpose: 'headshot' },
      file: await png('rules-test-headshot.png'),
    })
    expect(headshot.alt ?? null).toBeNull()
    expect(existsSync(`${env.mediaDir}/${headshot.filename}`)).toBe(true)
  })

  it('derives a seeded headshot’s alt text from the person, with nothing typed on the image', async () => {
    const person = await payload.findByID({ collection: 'people', id: seeded.reviewer, depth: 1 })
    expect(person.headshotAlt).toBe('Headshot of Tomás Lindqvist, MD')
    const headshot = person.headshot
    expect(headshot).toEqual(expect.objectContaining({ purpose: 'headshot' }))
    expect(typeof headshot === 'object' && headshot ? (headshot.alt ?? null) : 'not populated').toBeNull()
  })

  it('changes a person’s headshot alt text when their name changes', async () => {
    const person = await payload.create({
      collection: 'people',
      data: {
        name: `${MARK} Person`,
        slug: 'rules-test-person',
        roles: ['writer'],
        credentials: [{ abbreviation: 'LMFT' }, { abbreviation: 'PhD' }],
        bio: 'Writes about couples.',
      },
    })
    expect(person.headshotAlt).toBe(`Headshot of ${MARK} Person, LMFT, PhD`)
    await payload.update({ collection: 'people', id: person.id, data: { name: `${MARK} Renamed` } })
    const renamed = await payload.findByID({ collection: 'people', id: person.id, draft: true, depth: 0 })
    expect(renamed.headshotAlt).toBe(`Headshot of ${MARK} Renamed, LMFT, PhD`)
  })
})

describe('site settings', () => {
  let original: SiteSetting

  beforeAll(async () => {
    original = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  })

  afterEach(async () => {
    const now = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    if (now.updatedAt !== original.updatedAt) {
      await payload.updateGlobal({ slug: 'site-settings', data: { ...original, _status: 'published' } })
    }
  })

  async function refusedSettings(data: Partial<SiteSetting>): Promise<string[]> {
    const messages = await refusal(payload.updateGlobal({ slug: 'site-settings', data }))
    expect(await payload.findGlobal({ slug: 'site-settings', depth: 0 })).toEqual(original)
    return messages
  }

  it('refuses a disclosure template without {partners}, and keeps the stored one', async () => {
    const messages = await refusedSettings({ disclosureTemplate: 'Haven may earn a commission.' })
    expect(messages).toContainEqual(expect.stringMatching(/^disclosureTemplate: must contain \{partners\}/))
  })

  it.each([
    ['before', '2025-06-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['on', '2025-06-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'],
  ])(
    'refuses a trust badge valid until a date %s its start, and keeps the stored badges',
    async (_, from, until) => {
      const messages = await refusedSettings({
        trustBadges: [
          ...(original.trustBadges ?? []),
          { name: `${MARK} badge`, validFrom: from, validUntil: until },
        ],
      })
      expect(messages).toContainEqual(expect.stringMatching(/^validUntil: must be after validFrom/))
    },
  )

  it('refuses an http footer link, naming url, and keeps the stored footer', async () => {
    const messages = await refusedSettings({
      footerGroups: [
        ...(original.footerGroups ?? []),
        {
          title: `${MARK} group`,
          links: [{ label: 'Insecure', link: { type: 'url', url: 'http://example.com/help' } }],
        },
      ],
    })
    expect(messages).toContainEqual(expect.stringMatching(/^url: must start with https:\/\//))
  })
})

describe('topic paths', () => {
  it('builds a seeded topic’s path from its parent', async () => {
    const { docs } = await payload.find({ collection: 'topics', where: { slug: { equals: 'addiction' } } })
    expect(docs[0]?.path).toBe('mental-health/addiction')
  })

  it('moves the paths of all descendants when a parent’s slug changes', async () => {
    const topic = (title: string, slug: string, parent?: number) =>
      payload.create({
        collection: 'topics',
        data: { title: `${MARK} ${title}`, slug, parent, _status: 'published' },
      })
    const parent = await topic('parent', 'rules-test-parent')
    const child = await topic('child', 'rules-test-child', parent.id)
    const grandchild = await topic('grandchild', 'rules-test-grandchild', child.id)
    expect(grandchild.path).toBe('rules-test-parent/rules-test-child/rules-test-grandchild')

    await payload.update({ collection: 'topics', id: parent.id, data: { slug: 'rules-test-renamed' } })

    const pathOf = async (id: number) =>
      (await payload.findByID({ collection: 'topics', id, draft: true, depth: 0 })).path
    expect(await pathOf(child.id)).toBe('rules-test-renamed/rules-test-child')
    expect(await pathOf(grandchild.id)).toBe('rules-test-renamed/rules-test-child/rules-test-grandchild')
  })
})

describe('redirects', () => {
  it('keeps a renamed published article’s old address as a 308 redirect to the article', async () => {
    const doc = await createArticle(article('old address', { _status: 'published' }))
    expect(doc.slug).toBe('rules-test-old-address')
    await payload.update({ collection: 'articles', id: doc.id, data: { slug: 'rules-test-new-address' } })

    const { docs } = await payload.find({
      collection: 'redirects',
      where: { from: { equals: '/articles/rules-test-old-address' } },
      depth: 0,
    })
    expect(docs).toEqual([
      expect.objectContaining({
        type: '308',
        to: expect.objectContaining({
          type: 'reference',
          reference: { relationTo: 'articles', value: doc.id },
        }),
      }),
    ])
  })
})
