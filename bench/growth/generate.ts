/**
 * Adds generated content to the configured database for the cost-growth benchmark:
 * `tsx bench/growth/generate.ts --articles=900 --batch=b2 [--api=40]` (cwd apps/cms, env from `toolEnv`).
 *
 * For every 250 articles it adds a writer, a clinical reviewer, a sub-topic and a partner, through
 * Payload's Local API with its validation (`req.context.disableRevalidate` keeps the web app out of
 * it, like the seed). The first `--api` articles are created the same way: the shape of a real one
 * (section headings, paragraphs, lists, a partner offers block, an author, a reviewer, 1–2 topics plus
 * the shared topic `SHARED_TOPIC`). The rest are copies of those made in SQL (SQLite only), each with
 * its own slug, title, dates, people and topic (and search index entry), because 10,000 Local API saves take most of an hour on
 * these machines. Prints one JSON line at the end with the counts and timings.
 */
import { createInterface } from 'node:readline'

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

export type Added = {
  articles: number
  people: number
  topics: number
  partners: number
  seconds: number
  peopleTopicsSeconds: number
  viaApi: number
  apiSeconds: number
  cloned: number
  cloneSeconds: number
}

/** Adds `count` articles (the first `viaApi` through the Local API) and their people, topics and partners. */
async function addContent(payload: Payload, count: number, viaApi: number, batch: string): Promise<Added> {
  if (!Number.isInteger(count) || count <= 0) throw new Error('articles: must be a positive integer')
  if (!/^[a-z0-9]+$/.test(batch)) throw new Error('batch: must be lower-case letters and digits')
  const started = performance.now()
  const groups = Math.max(1, Math.ceil(count / 250))
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
  return {
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
  }
}

/**
 * `--articles=N --batch=b [--api=40]` adds once and prints the result as one JSON line; `--serve` keeps Payload loaded
 * and answers each stdin line `{"articles":N,"batch":"b","api":40}` with a line `RESULT {…}` (starting
 * Payload costs seconds to minutes on a loaded machine, which would otherwise land in every step).
 */
async function main(): Promise<void> {
  const payload: Payload = await getPayload({ config })
  try {
    if (!process.argv.includes('--serve')) {
      const count = Number(arg('articles'))
      const added = await addContent(
        payload,
        count,
        Math.min(count, Number(arg('api') ?? 40)),
        arg('batch') ?? 'g',
      )
      console.log(JSON.stringify(added))
      return
    }
    console.log('READY')
    for await (const line of createInterface({ input: process.stdin })) {
      if (!line.trim()) continue
      const { articles, batch, api } = JSON.parse(line) as { articles: number; batch: string; api: number }
      const added = await addContent(payload, articles, Math.min(articles, api), batch)
      console.log(`RESULT ${JSON.stringify(added)}`)
    }
  } finally {
    await payload.destroy()
  }
}

type Args = Record<string, string | number | bigint | null>
type Statement = { sql: string; args: Args }
type SqlClient = {
  execute(statement: string | Statement): Promise<{ rows: Record<string, unknown>[] }>
  batch(statements: Statement[], mode: 'write'): Promise<unknown>
}

/**
 * Copies the Local API's articles in SQL, `count` times in all, each copy with its own slug, title and
 * dates, its authors, reviewers and topics spread over the generated ones, its version row (what
 * Payload writes for a published document with drafts) and its search index entry. Ids are given
 * explicitly so that 250 copies at a time go to SQLite as one batch in one transaction. Only on
 * SQLite: other databases get every article through the Local API.
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
  const one = async (sql: string, args: Args = {}) => (await client.execute({ sql, args })).rows[0]
  const columns = async (table: string) =>
    (await client.execute(`PRAGMA table_info("${table}")`)).rows
      .map((r) => String(r.name))
      .filter((c) => c !== 'id')
  const maxId = async (table: string) => Number((await one(`SELECT max(id) AS id FROM "${table}"`))?.id ?? 0)
  // The search plugin's index (one entry per published article), when there is one.
  const indexed = Boolean(
    await one(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'search'`),
  )
  const tables = {
    main: await columns('articles'),
    rels: await columns('articles_rels'),
    texts: await columns('articles_texts'),
    version: await columns('_articles_v'),
    versionRels: await columns('_articles_v_rels'),
    versionTexts: await columns('_articles_v_texts'),
    search: indexed ? await columns('search') : [],
    searchRels: indexed ? await columns('search_rels') : [],
  }
  // Each template's latest version and search entry, looked up once.
  const sources = new Map<Id, { version: number; entry: number | null }>()
  for (const template of o.templates) {
    const version = await one(`SELECT id FROM "_articles_v" WHERE parent_id = :template AND latest = 1`, {
      template,
    })
    if (!version) throw new Error(`article ${template} has no latest version`)
    const entry = indexed
      ? await one(`SELECT parent_id AS id FROM "search_rels" WHERE articles_id = :template LIMIT 1`, {
          template,
        })
      : undefined
    if (indexed && !entry) throw new Error(`article ${template} has no search index entry`)
    sources.set(template, { version: Number(version.id), entry: entry ? Number(entry.id) : null })
  }
  /** `INSERT INTO table (cols) SELECT cols-with-overrides FROM table WHERE where`; overrides are SQL. */
  const copy = (table: string, cols: string[], overrides: Record<string, string>, where: string) => {
    const all = 'id' in overrides ? ['id', ...cols] : cols
    return `INSERT INTO "${table}" (${all.map((c) => `"${c}"`).join(', ')}) SELECT ${all
      .map((c) => overrides[c] ?? `"${c}"`)
      .join(', ')} FROM "${table}" WHERE ${where}`
  }
  // Relationships: the shared topic stays; the other topics and the people move to this copy's group.
  const relOverrides = {
    parent_id: ':parent',
    people_id: `CASE "path" WHEN 'authors' THEN :writer WHEN 'reviewers' THEN :reviewer ELSE "people_id" END`,
    topics_id: `CASE WHEN "topics_id" IS NULL OR "topics_id" = :shared THEN "topics_id" ELSE :topic END`,
  }
  const sql = {
    main: copy(
      'articles',
      tables.main,
      {
        id: ':id',
        title: ':title',
        slug: ':slug',
        meta_title: ':metaTitle',
        published_at: ':published',
        content_updated_at: ':published',
        last_reviewed_at: ':published',
      },
      'id = :template',
    ),
    rels: copy('articles_rels', tables.rels, relOverrides, 'parent_id = :template'),
    texts: copy('articles_texts', tables.texts, { parent_id: ':parent' }, 'parent_id = :template'),
    version: copy(
      '_articles_v',
      tables.version,
      {
        id: ':id',
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
    versionRels: copy('_articles_v_rels', tables.versionRels, relOverrides, 'parent_id = :template'),
    versionTexts: copy(
      '_articles_v_texts',
      tables.versionTexts,
      { parent_id: ':parent' },
      'parent_id = :template',
    ),
    search: copy(
      'search',
      tables.search,
      { id: ':id', title: ':title', slug: ':slug', published_at: ':published' },
      'id = :template',
    ),
    searchRels: copy(
      'search_rels',
      tables.searchRels,
      { parent_id: ':parent', articles_id: ':article' },
      'parent_id = :template',
    ),
  }
  const day = 86_400_000
  const base = Date.parse('2024-01-01T09:00:00.000Z')
  const CHUNK = 250
  for (let start = 0; start < o.count; start += CHUNK) {
    const first = {
      article: await maxId('articles'),
      version: await maxId('_articles_v'),
      entry: indexed ? await maxId('search') : 0,
    }
    const statements: Statement[] = []
    for (let i = start; i < Math.min(o.count, start + CHUNK); i++) {
      const n = o.from + i
      const template = o.templates[i % o.templates.length]!
      const source = sources.get(template)!
      const g = Math.floor(n / 250) % o.topics.length
      const title = `${sentence(n, 6).slice(0, -1)} (${o.batch} ${n + 1})`
      const slug = `bench-${o.batch}-article-${n + 1}`
      const published = new Date(base + (n % 600) * day).toISOString()
      const id = first.article + 1 + i - start
      const versionId = first.version + 1 + i - start
      const names = { title, slug, published }
      const people = {
        writer: o.writers[g % o.writers.length]!,
        reviewer: o.reviewers[(g + 1) % o.reviewers.length]!,
        shared: o.shared,
        topic: o.topics[g]!,
      }
      statements.push(
        { sql: sql.main, args: { ...names, metaTitle: `${title} · Haven`, id, template } },
        { sql: sql.rels, args: { ...people, parent: id, template } },
        { sql: sql.texts, args: { parent: id, template } },
        {
          sql: sql.version,
          args: {
            ...names,
            metaTitle: `${title} · Haven`,
            id: versionId,
            parent: id,
            template: source.version,
          },
        },
        { sql: sql.versionRels, args: { ...people, parent: versionId, template: source.version } },
        { sql: sql.versionTexts, args: { parent: versionId, template: source.version } },
      )
      if (source.entry !== null) {
        const entryId = first.entry + 1 + i - start
        statements.push(
          { sql: sql.search, args: { ...names, id: entryId, template: source.entry } },
          { sql: sql.searchRels, args: { parent: entryId, article: id, template: source.entry } },
        )
      }
    }
    await client.batch(statements, 'write')
  }
  return o.count
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // The driver's own error (SQLITE_BUSY, a constraint) is the cause of the query's; say it first.
    const causes: string[] = []
    for (let e: unknown = error; e instanceof Error && causes.length < 5; e = e.cause)
      causes.unshift(e.message)
    console.error(`generate: ${causes.length ? causes.join(' ← ') : String(error)}`)
    process.exit(1)
  },
)
