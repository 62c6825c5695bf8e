/**
 * Adds generated content to the configured database for the cost-growth benchmark:
 * `tsx bench/growth/generate.ts --articles=900 --batch=b2 [--api=40]` (cwd apps/cms, env from `toolEnv`).
 *
 * For every 100 articles it adds a writer, a clinical reviewer, a sub-topic and a partner, through
 * Payload's Local API with its validation (`req.context.disableRevalidate` keeps the web app out of
 * it, like the seed). The first `--api` articles are created the same way: the shape of a real one
 * (section headings, paragraphs, lists, a partner offers block, an author, a reviewer, 1–2 topics plus
 * the shared topic `SHARED_TOPIC`). The rest are copies of those made in SQL (SQLite only), each with
 * its own slug, title, dates, people and topic (and search index entry), because 10,000 Local API saves take most of an hour on
 * these machines. Prints one JSON line at the end with the counts and timings.
 */
import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { body, type Resolver } from '../../apps/cms/src/seed/lexical'
import { heroImage } from '../../apps/cms/src/seed/images'
import type { SeedBlock } from '../../apps/cms/src/seed/content/types'
import { SHARED_TOPIC } from './shared'

type Id = number | string

const context = { seeding: true, disableRevalidate: true } as const
const ctx = { overrideAccess: true, context } as const

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

const words =
  'trust sleep anxiety partner support therapy routine boundaries feelings conversation listening repair stress breathing habit change family friends work grief hope calm focus energy'.split(
    ' ',
  )
const sentence = (seed: number, length = 18): string => {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length]!)
  const text = out.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

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

async function main(): Promise<void> {
  const count = Number(arg('articles'))
  // Articles created one by one through the Local API; the rest are copies of them made in SQL.
  const viaApi = Math.min(count, Number(arg('api') ?? 40))
  const batch = arg('batch') ?? 'g'
  if (!Number.isInteger(count) || count <= 0) throw new Error('--articles: must be a positive integer')
  if (!/^[a-z0-9]+$/.test(batch)) throw new Error('--batch: must be lower-case letters and digits')
  const started = performance.now()
  const payload: Payload = await getPayload({ config })
  try {
    const groups = Math.max(1, Math.ceil(count / 100))
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
    const day = 86_400_000
    const base = Date.parse('2024-01-01T09:00:00.000Z')
    const templates: Id[] = []
    for (let n = 0; n < viaApi; n++) {
      const g = n % groups
      const published = new Date(base + (n % 600) * day).toISOString()
      const article = await payload.create({
        collection: 'articles',
        data: {
          title: `${sentence(n, 6).slice(0, -1)} (${batch} ${n + 1})`,
          slug: `bench-${batch}-article-${n + 1}`,
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
    const apiSeconds = (performance.now() - started) / 1000
    const cloned = await cloneArticles(payload, {
      templates,
      from: viaApi,
      count: count - viaApi,
      batch,
      writers,
      reviewers,
      topics,
      shared: shared.id,
    })
    const seconds = (performance.now() - started) / 1000
    console.log(
      JSON.stringify({
        articles: count,
        people: writers.length + reviewers.length,
        topics: topics.length,
        partners: partners.length,
        seconds,
        peopleTopicsSeconds,
        viaApi,
        apiSeconds,
        cloned,
        cloneSeconds: seconds - apiSeconds,
      }),
    )
  } finally {
    await payload.destroy()
  }
}

type Sql = {
  execute(
    statement: string | { sql: string; args: Record<string, string | number | bigint | null> },
  ): Promise<{
    rows: Record<string, unknown>[]
    lastInsertRowid?: bigint
  }>
}
type SqlClient = Sql & { transaction(mode: 'write'): Promise<Sql & { commit(): Promise<void> }> }

/**
 * Copies the Local API's articles in SQL, `count` times in all, each copy with its own slug, title and
 * dates, its authors, reviewers and topics spread over the generated ones, and its version row (what
 * Payload writes for a published document with drafts), in transactions of 500. Only on SQLite: other
 * databases get every article through the Local API.
 */
async function cloneArticles(
  payload: Payload,
  o: {
    templates: Id[]
    from: number
    count: number
    batch: string
    writers: Id[]
    reviewers: Id[]
    topics: Id[]
    shared: Id
  },
): Promise<number> {
  if (o.count <= 0) return 0
  const client = (payload.db as unknown as { client?: SqlClient }).client
  if (payload.db.name !== 'sqlite' || !client)
    throw new Error(`--articles above --api needs SQLite (this database is ${payload.db.name})`)
  const columns = async (table: string) =>
    (await client.execute(`PRAGMA table_info("${table}")`)).rows
      .map((r) => String(r.name))
      .filter((c) => c !== 'id')
  const tables = {
    main: await columns('articles'),
    rels: await columns('articles_rels'),
    texts: await columns('articles_texts'),
    version: await columns('_articles_v'),
    versionRels: await columns('_articles_v_rels'),
    versionTexts: await columns('_articles_v_texts'),
  }
  // The search plugin's index (one entry per published article) gets a copy of the template's entry.
  const indexed =
    (await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'search'`)).rows
      .length > 0
  const search = indexed ? { main: await columns('search'), rels: await columns('search_rels') } : null
  /** `INSERT INTO table (cols) SELECT cols-with-overrides FROM table WHERE where`, overrides as `?` args. */
  const copy = (table: string, cols: string[], overrides: Record<string, string>, where: string) =>
    `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) SELECT ${cols
      .map((c) => overrides[c] ?? `"${c}"`)
      .join(', ')} FROM "${table}" WHERE ${where}`
  const day = 86_400_000
  const base = Date.parse('2024-01-01T09:00:00.000Z')
  let tx = await client.transaction('write')
  for (let i = 0; i < o.count; i++) {
    const n = o.from + i
    const template = o.templates[i % o.templates.length]!
    const g = Math.floor(n / 100) % o.topics.length
    const title = `${sentence(n, 6).slice(0, -1)} (${o.batch} ${n + 1})`
    const slug = `bench-${o.batch}-article-${n + 1}`
    const published = new Date(base + (n % 600) * day).toISOString()
    const values = { title, slug, metaTitle: `${title} · Haven`, published }
    const dates = {
      published_at: ':published',
      content_updated_at: ':published',
      last_reviewed_at: ':published',
    }
    const main = await tx.execute({
      sql: copy(
        'articles',
        tables.main,
        { title: ':title', slug: ':slug', meta_title: ':metaTitle', ...dates },
        'id = :template',
      ),
      args: { ...values, template },
    })
    const id = main.lastInsertRowid!
    // Relationships: the shared topic stays; the others, and the people, move to this copy's group.
    const relOverrides = {
      parent_id: ':parent',
      people_id: `CASE "path" WHEN 'authors' THEN :writer WHEN 'reviewers' THEN :reviewer ELSE "people_id" END`,
      topics_id: `CASE WHEN "topics_id" IS NULL OR "topics_id" = :shared THEN "topics_id" ELSE :topic END`,
    }
    const people = {
      writer: o.writers[g % o.writers.length]!,
      reviewer: o.reviewers[(g + 1) % o.reviewers.length]!,
      shared: o.shared,
      topic: o.topics[g]!,
    }
    await tx.execute({
      sql: copy('articles_rels', tables.rels, relOverrides, 'parent_id = :template'),
      args: { parent: id, template, ...people },
    })
    await tx.execute({
      sql: copy('articles_texts', tables.texts, { parent_id: ':parent' }, 'parent_id = :template'),
      args: { parent: id, template },
    })
    const templateVersion = (
      await tx.execute({
        sql: 'SELECT id FROM "_articles_v" WHERE parent_id = :template AND latest = 1',
        args: { template },
      })
    ).rows[0]?.id as bigint | number | undefined
    if (templateVersion === undefined) throw new Error(`article ${template} has no latest version`)
    const version = await tx.execute({
      sql: copy(
        '_articles_v',
        tables.version,
        {
          parent_id: ':parent',
          version_title: ':title',
          version_slug: ':slug',
          version_meta_title: ':metaTitle',
          version_published_at: ':published',
          version_content_updated_at: ':published',
          version_last_reviewed_at: ':published',
        },
        'id = :template',
      ),
      args: { ...values, parent: id, template: templateVersion },
    })
    const versionId = version.lastInsertRowid!
    await tx.execute({
      sql: copy('_articles_v_rels', tables.versionRels, relOverrides, 'parent_id = :template'),
      args: { parent: versionId, template: templateVersion, ...people },
    })
    await tx.execute({
      sql: copy('_articles_v_texts', tables.versionTexts, { parent_id: ':parent' }, 'parent_id = :template'),
      args: { parent: versionId, template: templateVersion },
    })
    if (search) {
      const entry = (
        await tx.execute({
          sql: `SELECT parent_id FROM "search_rels" WHERE articles_id = :template LIMIT 1`,
          args: { template },
        })
      ).rows[0]?.parent_id as bigint | number | undefined
      if (entry === undefined) throw new Error(`article ${template} has no search index entry`)
      const copied = await tx.execute({
        sql: copy(
          'search',
          search.main,
          { title: ':title', slug: ':slug', published_at: ':published' },
          'id = :entry',
        ),
        args: { title, slug, published, entry },
      })
      await tx.execute({
        sql: copy(
          'search_rels',
          search.rels,
          { parent_id: ':parent', articles_id: ':article' },
          'parent_id = :entry',
        ),
        args: { parent: copied.lastInsertRowid!, article: id, entry },
      })
    }
    if ((i + 1) % 500 === 0) {
      await tx.commit()
      tx = await client.transaction('write')
    }
  }
  await tx.commit()
  return o.count
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
