/**
 * The SQL cloner of the cost-growth generator: copies the articles the Local API generator made
 * (`local-api.ts`) straight into SQLite, because 10,000 Local API saves take most of an hour on these
 * machines. Each copy gets the rows Payload itself writes for a published article with drafts.
 */
import type { Payload } from 'payload'

import { generatedArticle, GROUP_SIZE, type Id } from './shared'

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
export async function cloneArticles(
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
      const g = Math.floor(n / GROUP_SIZE) % o.topics.length
      const { title, slug, published } = generatedArticle(n, o.batch)
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
