import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createClient } from '@libsql/client'
import type { CollectionSlug, Payload } from 'payload'

import { toolEnv } from '../../../../scripts/lib/proc'
import { importWordPress, type ImportSummary } from '../../src/importers/wordpress/import'
import { writeLargeExport } from '../fixtures/wordpress/generate'
import { payloadForTests } from './payload'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const rootDir = path.resolve(cmsDir, '../..')
const fixtures = path.join(cmsDir, 'tests/fixtures/wordpress')
const uploads = path.join(fixtures, 'uploads')
const work = path.join(rootDir, 'tests/.artifacts', `wordpress-${process.pid}`)
const fixture = (name: string) => path.join(fixtures, name)

let payload: Payload

const counted: CollectionSlug[] = [
  'articles',
  'pages',
  'people',
  'topics',
  'media',
  'redirects',
  'import-records',
]
async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    counted.map(
      async (c) => [c, (await payload.count({ collection: c, overrideAccess: true })).totalDocs] as const,
    ),
  )
  return Object.fromEntries(entries)
}

const findOne = async (collection: CollectionSlug, where: Record<string, unknown>) =>
  (
    await payload.find({
      collection,
      where: where as never,
      draft: true,
      depth: 0,
      limit: 2,
      overrideAccess: true,
    })
  ).docs as unknown as Record<string, unknown>[]

const reasonsOf = (summary: ImportSummary, kind: string, wpId: string) =>
  summary.items.find((i) => i.kind === kind && i.wpId === wpId)?.reasons ?? []

beforeAll(async () => {
  payload = await payloadForTests()
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
})

describe('importing a small WordPress site', () => {
  let first: ImportSummary

  it('with --dry-run says what it would do and writes nothing', async () => {
    const before = await counts()
    const dry = await importWordPress(payload, {
      file: fixture('small-site.xml'),
      uploadsDir: uploads,
      dryRun: true,
    })
    expect(dry.dryRun).toBe(true)
    expect(dry.counts.articles).toMatchObject({ created: 2, skipped: 2 })
    expect(dry.counts.media).toMatchObject({ created: 1, skipped: 2 })
    expect(dry.counts.redirects.created).toBeGreaterThan(0)
    expect(await counts()).toEqual(before)
  })

  it('imports posts, pages, people, topics, media, menu items and redirects, reporting what it skipped', async () => {
    first = await importWordPress(payload, { file: fixture('small-site.xml'), uploadsDir: uploads })
    expect(first.source).toBe('https://quietminds.example')
    expect(first.counts.people.created).toBe(2)
    expect(first.counts.topics.created).toBe(3)
    expect(first.counts.articles).toMatchObject({ created: 2, skipped: 2 })
    expect(first.counts.pages.created).toBe(1)

    // Authors are writers without login accounts.
    const [maya] = await findOne('people', { slug: { equals: 'maya-lindqvist' } })
    expect(maya).toMatchObject({ name: 'Maya Lindqvist', roles: ['writer'] })
    expect((await findOne('users', { email: { equals: 'maya@quietminds.example' } })).length).toBe(0)

    // Categories keep their hierarchy; tags are topics too.
    const [wellbeing] = await findOne('topics', { slug: { equals: 'wellbeing' } })
    const [anxiety] = await findOne('topics', { slug: { equals: 'anxiety-and-worry' } })
    expect(anxiety).toMatchObject({
      title: 'Anxiety & Worry',
      parent: wellbeing!.id,
      path: 'wellbeing/anxiety-and-worry',
    })
    expect((await findOne('topics', { slug: { equals: 'sleep-habits' } })).length).toBe(1)
    expect((await findOne('topics', { slug: { equals: 'uncategorized' } })).length).toBe(0)

    // The attachment is a media document; the missing file and the PDF are reported, not fatal.
    const [lake] = await findOne('media', { filename: { equals: 'calm-lake.jpg' } })
    expect(lake).toMatchObject({ alt: 'A calm lake at dawn' })
    expect(reasonsOf(first, 'media', '11')[0]).toMatch(/missing-photo\.jpg: the file is missing/)
    expect(reasonsOf(first, 'media', '12')[0]).toMatch(/only images are imported/)

    // The post arrives as a draft in review with its author, topics and featured image.
    const [coping] = await findOne('articles', { slug: { equals: 'coping-with-everyday-anxiety' } })
    const [sleep] = await findOne('articles', { slug: { equals: 'sleep-and-mood' } })
    expect(coping).toMatchObject({
      _status: 'draft',
      workflowState: 'in_review',
      heroImage: lake!.id,
      authors: [maya!.id],
      summary: 'How to recognise everyday anxiety and what helps.',
    })
    expect(new Set(coping!.topics as unknown[])).toEqual(
      new Set([anxiety!.id, (await findOne('topics', { slug: { equals: 'sleep-habits' } }))[0]!.id]),
    )
    const asReader = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'coping-with-everyday-anxiety' } },
      overrideAccess: false,
    })
    expect(asReader.docs).toHaveLength(0) // nothing imported reaches readers

    // The body, mapped onto Haven's editor.
    const nodes = (coping!.body as { root: { children: Record<string, unknown>[] } }).root.children
    const blocks = nodes.filter((n) => n.type === 'block').map((n) => n.fields as Record<string, unknown>)
    expect(blocks).toContainEqual(
      expect.objectContaining({
        blockType: 'sectionHeading',
        heading: 'What anxiety feels like in the body and in the mind, day to day',
        tocLabel: 'What anxiety feels like in the body and in the…',
      }),
    )
    expect(blocks).toContainEqual(
      expect.objectContaining({ blockType: 'video', provider: 'youtube', videoId: 'dQw4w9WgXcQ' }),
    )
    expect(blocks).toContainEqual(
      expect.objectContaining({
        blockType: 'infographicGallery',
        images: [expect.objectContaining({ image: lake!.id, title: 'Stillness helps.' })],
      }),
    )
    expect(nodes).toContainEqual(expect.objectContaining({ type: 'heading', tag: 'h3' }))
    expect(nodes).toContainEqual(expect.objectContaining({ type: 'quote' }))
    const list = nodes.find((n) => n.type === 'list') as { children: { children: { type: string }[] }[] }
    expect(list.children[1]!.children[0]!.type).toBe('list') // the nested list
    const json = JSON.stringify(nodes)
    // The link to a post later in the export became an internal link once that post was imported.
    expect(json).toContain(`"doc":{"relationTo":"articles","value":${String(sleep!.id)}}`)
    expect(json).toContain('"url":"https://www.nimh.nih.gov/health/topics/anxiety-disorders"')
    expect(json).not.toContain('insecure.example')
    expect(json).toContain('an old http page')
    expect(json).toContain('Box breathing | 4')
    expect(json).not.toContain('contact-form-7')
    expect(reasonsOf(first, 'articles', '20')).toEqual(
      expect.arrayContaining([
        '[contact-form-7] shortcode removed: Haven has nothing like it, add it by hand',
        expect.stringMatching(
          /^link "an old http page" \(http:\/\/insecure\.example\/page\) was removed \(external links must use https/,
        ),
        expect.stringMatching(/^a table became one paragraph per row/),
        expect.stringMatching(/^block "latest-posts" has no content/),
      ]),
    )

    // Classic content: paragraphs from blank lines, [caption], an iframe embed, a link by ?p=.
    const classic = JSON.stringify(sleep!.body)
    expect(classic).toContain('"videoId":"aqz-KE-bpKQ"')
    expect(classic).toContain('"title":"A lake, for calm"')
    expect(classic).toContain(`"doc":{"relationTo":"articles","value":${String(coping!.id)}}`)
    expect(reasonsOf(first, 'articles', '21')).toContain(
      'embedded frame from maps.example.org removed: only YouTube embeds become video blocks',
    )

    // A post with a retired crisis number is not imported, with the rule; a trashed one neither.
    expect((await findOne('articles', { slug: { equals: 'when-to-get-help' } })).length).toBe(0)
    expect(reasonsOf(first, 'articles', '22')[0]).toMatch(
      /breaks Haven's rules: .*800-273-8255 was superseded by 988/,
    )
    expect(reasonsOf(first, 'articles', '23')).toEqual(['it is in the WordPress trash'])
    expect(reasonsOf(first, 'other', '50')[0]).toMatch(/post type "product" is not imported/)

    // The page, with its link to the article.
    const [story] = await findOne('pages', { slug: { equals: 'our-story' } })
    expect(story).toMatchObject({ _status: 'draft', title: 'Our story' })
    expect(JSON.stringify(story!.body)).toContain(`"value":${String(coping!.id)}`)
  })

  it('gives every old address a 308 redirect to the new document', async () => {
    const [coping] = await findOne('articles', { slug: { equals: 'coping-with-everyday-anxiety' } })
    const [story] = await findOne('pages', { slug: { equals: 'our-story' } })
    const target = async (from: string) => {
      const [r] = await findOne('redirects', { from: { equals: from } })
      const to = r?.to as { type: string; reference?: { relationTo: string; value: unknown } } | undefined
      return r ? { type: r.type, relationTo: to?.reference?.relationTo, id: to?.reference?.value } : null
    }
    for (const from of [
      '/2024/05/coping-with-everyday-anxiety',
      '/?p=20',
      '/2024/05/coping-with-everyday-anxiety/calm-lake',
      '/?attachment_id=10',
    ])
      expect({ from, to: await target(from) }).toEqual({
        from,
        to: { type: '308', relationTo: 'articles', id: coping!.id },
      })
    for (const from of ['/?page_id=30', '/?p=30'])
      expect({ from, to: await target(from) }).toEqual({
        from,
        to: { type: '308', relationTo: 'pages', id: story!.id },
      })
    // The page's old address is its new one: no redirect to itself.
    expect(await target('/our-story')).toBeNull()
  })

  it('adds menu items whose targets were imported to the navigation (as a draft)', async () => {
    const nav = (await payload.findGlobal({ slug: 'navigation', draft: true, depth: 0 })) as {
      items: {
        id: string
        label: string
        link: Record<string, unknown>
        children?: { label: string; link: Record<string, unknown> }[]
      }[]
    }
    const imported = nav.items.filter((i) => i.id.startsWith('wp-'))
    expect(imported.map((i) => i.label)).toEqual(['Our story', 'Anxiety', 'Charity partner'])
    expect(imported[1]!.children?.map((c) => [c.label, c.link.type])).toEqual([['Coping', 'article']])
    expect(imported[2]!.link).toMatchObject({ type: 'url', url: 'https://charity.example.org/' })
    expect(reasonsOf(first, 'navigation', '43')).toEqual(['its target was not imported'])
    const live = (await payload.findGlobal({ slug: 'navigation', depth: 0 })) as { items: { id: string }[] }
    expect(live.items.some((i) => i.id.startsWith('wp-'))).toBe(false)
  })

  it('run again, updates nothing and duplicates nothing', async () => {
    const before = await counts()
    const again = await importWordPress(payload, { file: fixture('small-site.xml'), uploadsDir: uploads })
    expect(await counts()).toEqual(before)
    for (const kind of ['people', 'topics', 'media', 'articles', 'pages', 'redirects', 'navigation'] as const)
      expect({ kind, created: again.counts[kind].created, updated: again.counts[kind].updated }).toEqual({
        kind,
        created: 0,
        updated: 0,
      })
    expect(again.counts.articles.unchanged).toBe(2)
  })

  it('with --publish, publishes through the admin door with the reason in the public history', async () => {
    const file = path.join(work, 'publishable.xml')
    await writeLargeExport(file, 3, {
      site: 'https://publishable.example',
      heroImage: '2024/05/calm-lake.jpg',
    })
    const reason = 'Migrated from our WordPress archive, reviewed there'
    // Publishing also publishes the menu draft, which holds the first import's items too.
    const liveMenu = (await payload.findGlobal({ slug: 'navigation', depth: 0 })) as { items?: unknown[] }
    const result = await importWordPress(payload, {
      file,
      uploadsDir: uploads,
      publish: { reason, adminEmail: 'admin@haven.test', reviewerSlug: 'tomas-lindqvist' },
    })
    expect(result.published).toBe(3)
    const live = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'generated-post-2' } },
      depth: 0,
    })
    const article = live.docs[0] as Record<string, unknown> | undefined
    expect(article?._status).toBe('published')
    expect(article?.history).toEqual([
      expect.objectContaining({ change: 'published-without-review', reason }),
    ])
    await expect(
      importWordPress(payload, {
        file,
        publish: { reason, adminEmail: 'editor@haven.test', reviewerSlug: 'tomas-lindqvist' },
      }),
    ).rejects.toThrow('--as editor@haven.test: publishing without clinical approval needs an admin account')

    // The other files of this run count what readers see of the seed: take the published ones away again.
    const records = await payload.find({
      collection: 'import-records',
      where: {
        and: [{ source: { equals: 'https://publishable.example' } }, { kind: { equals: 'article' } }],
      },
      limit: 100,
      depth: 0,
    })
    const ids = records.docs.map((record) => record.targetId).filter(Boolean) as string[]
    // An article others link to cannot be deleted before them: delete what nothing links to, then again.
    for (let round = 0; round < ids.length; round++)
      await payload.delete({ collection: 'articles', where: { id: { in: ids } }, overrideAccess: true })
    expect((await payload.count({ collection: 'articles', where: { id: { in: ids } } })).totalDocs).toBe(0)
    await payload.updateGlobal({
      slug: 'navigation',
      data: { items: liveMenu.items ?? [] } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  })
})

describe('exports with odd characters', () => {
  it('keep UTF-8 titles and bodies, make URL-safe slugs and decode entities', async () => {
    const result = await importWordPress(payload, { file: fixture('odd-characters.xml') })
    expect(result.counts.articles.created).toBe(2)
    const [deja] = await findOne('articles', { slug: { equals: 'deja-vu-angst' } })
    expect(deja).toMatchObject({
      title: 'Déjà vu – “Angst” & 不安 😌',
      summary: 'Une phrase avec des accents: é, è, ê.',
    })
    const body = JSON.stringify(deja!.body)
    expect(body).toContain('日本語の文章, emoji 🌧️→🌤️')
    expect(body).toContain('if (a[b[0]]> 1) {}')
    expect(body).toContain('"heading":"Überschrift — Ça va?"')
    // A slug with no Latin letters falls back to the post's id.
    expect((await findOne('articles', { slug: { equals: 'post-8' } })).length).toBe(1)
    expect((await findOne('people', { slug: { equals: 'zoe-angstrom' } })).length).toBe(1)
    expect((await findOne('redirects', { from: { equals: '/déjà-vu-angst' } })).length).toBe(1)
  })
})

describe('input it cannot read', () => {
  it.each([
    ['not-xml.txt', /^this is not XML/],
    ['malformed.xml', /^malformed XML at line 17, column 33/],
    ['unknown-version.xml', /^WXR version 1\.3 is not one this importer knows/],
  ])('%s stops with one message and nothing stored', async (name, message) => {
    const before = await counts()
    await expect(importWordPress(payload, { file: fixture(name) })).rejects.toThrow(message)
    expect(await counts()).toEqual(before)
  })

  it('reads WXR 1.0 (authors from the posts)', async () => {
    const result = await importWordPress(payload, { file: fixture('wxr-1.0.xml') })
    expect(result.wxrVersion).toBe('1.0')
    expect(result.counts.articles.created).toBe(2)
    expect((await findOne('people', { slug: { equals: 'olduser' } })).length).toBe(1)
  })
})

describe('a large generated export', () => {
  it('is read as a stream: a dry run of 500 posts sees every one and writes nothing', async () => {
    const file = path.join(work, 'large.xml')
    await writeLargeExport(file, 500)
    const before = await counts()
    const result = await importWordPress(payload, { file, dryRun: true })
    expect(result.counts.articles.created).toBe(500)
    // Two from each post (its permalink and /?p=ID); those an earlier test's import already holds are counted too.
    const redirects = result.counts.redirects
    expect(redirects.created + redirects.unchanged + redirects.skipped).toBe(1000)
    expect(await counts()).toEqual(before)
  }, 400_000)
})

/** `npm run import:wordpress` as a person runs it, against its own fresh, migrated database. */
function cliEnv(name: string): NodeJS.ProcessEnv {
  const dir = path.join(work, name)
  mkdirSync(dir, { recursive: true })
  const env = toolEnv({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URI: `file:${path.join(dir, 'haven.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
  })
  spawnSync(path.join(rootDir, 'node_modules/.bin/payload'), ['migrate'], { cwd: cmsDir, env, stdio: 'pipe' })
  return env
}
/**
 * One process, Node itself with tsx as its loader (the `tsx` command would start the importer as its
 * child, and a SIGKILL to it would leave the importer running).
 */
const startCli = (file: string, env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', 'src/importers/wordpress/cli.ts', file, '--json'], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
async function runCli(
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string; err: string }> {
  const child = startCli(file, env)
  let out = ''
  let err = ''
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, out, err }
}

/** What an import leaves in a database, by slugs and keys (ids may differ between databases). */
async function snapshot(env: NodeJS.ProcessEnv) {
  const db = createClient({ url: env.DATABASE_URI! })
  const rows = async (sql: string) => (await db.execute(sql)).rows.map((r) => Object.values(r).join('|'))
  const result = {
    // What editors see is each article's latest version: a draft saved after the document was made
    // (a resumed run's update) lives there, not in the document's own row, which keeps its first state.
    articles: await rows(
      'select version_slug, version_title, version_workflow_state, version__status from _articles_v where latest = 1 order by version_slug',
    ),
    people: await rows('select slug, name from people order by slug'),
    topics: await rows('select slug, path from topics order by slug'),
    redirects: await rows(
      'select r."from", a.slug from redirects r join redirects_rels rr on rr.parent_id = r.id join articles a on a.id = rr.articles_id order by r."from"',
    ),
    records: await rows('select key, claim, target_id is not null from import_records order by key'),
    links: await rows(
      `select a.version_slug || '>' || t.slug as link from _articles_v a, json_each(a.version_body, '$.root.children') c, json_each(c.value, '$.children') l
       join articles t on t.id = json_extract(l.value, '$.fields.doc.value') where a.latest = 1 and json_extract(l.value, '$.type') = 'link' order by 1`,
    ),
  }
  db.close()
  return result
}

describe('a run killed half-way (SIGKILL) and started again', () => {
  it('ends with the same result as one clean run', async () => {
    const file = path.join(work, 'kill.xml')
    // 60 posts, killed after 8: a busy machine gives the importer time to finish 30 between two looks.
    await writeLargeExport(file, 60, { site: 'https://killed.example' })

    const clean = cliEnv('clean')
    const once = await runCli(file, clean)
    expect(once.code).toBe(0)
    expect((JSON.parse(once.out) as ImportSummary).counts.articles.created).toBe(60)

    const killed = cliEnv('killed')
    const child = startCli(file, killed)
    child.stdout!.resume()
    child.stderr!.resume()
    const exited = new Promise((resolve) => child.on('exit', resolve))
    let made = 0
    // Wait (up to 10 minutes on a busy machine) until 8 of the 60 posts are in, then kill it.
    // Each look opens its own connection and closes it: a connection kept open between looks can
    // hold SQLite's shared lock, and the importer's writes then wait on it until they time out.
    for (let i = 0; i < 2400 && made < 8; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      const db = createClient({ url: killed.DATABASE_URI! })
      try {
        // Wait for the importer's write to end rather than reading 0 while it holds the lock: counted
        // as 0, a look refused on every try let the importer finish before it was killed.
        await db.execute('pragma busy_timeout = 5000').catch(() => undefined)
        made = Number(
          (
            await db
              .execute("select count(*) as n from import_records where kind = 'article'")
              .catch(() => ({ rows: [{ n: 0 }] }))
          ).rows[0]!.n,
        )
      } finally {
        db.close()
      }
    }
    child.kill('SIGKILL')
    await exited
    expect(made).toBeGreaterThanOrEqual(8)
    const partial = await snapshot(killed)
    expect(partial.articles.length).toBeLessThan(60)

    const resumed = await runCli(file, killed)
    expect(resumed.code).toBe(0)
    expect(await snapshot(killed)).toEqual(await snapshot(clean))

    // The command on malformed XML: one line naming line and column, exit code 1, nothing stored.
    const before = await snapshot(clean)
    const broken = await runCli(fixture('malformed.xml'), clean)
    expect(broken.code).toBe(1)
    expect(broken.err).toContain(
      'malformed.xml: malformed XML at line 17, column 33: unexpected close tag; nothing was imported',
    )
    expect(JSON.parse(broken.out)).toEqual({
      error: 'malformed XML at line 17, column 33: unexpected close tag',
    })
    expect(await snapshot(clean)).toEqual(before)
  }, 1_500_000)

  it('adopts a document a crash left with its row but no version yet', async () => {
    // SQLite writes a create as several statements without a transaction: a kill between the
    // document's row and its first version leaves a row no draft read sees, and an unfinished record.
    const file = path.join(work, 'torn.xml')
    await writeLargeExport(file, 5, { site: 'https://torn.example' })
    const env = cliEnv('torn')
    expect((await runCli(file, env)).code).toBe(0)
    const whole = await snapshot(env)
    const db = createClient({ url: env.DATABASE_URI! })
    const row = (await db.execute("select id from articles where slug = 'generated-post-3'")).rows[0]!
    await db.execute({ sql: 'delete from _articles_v where parent_id = ?', args: [row.id ?? null] })
    await db.execute(
      "update import_records set target_id = null, hash = null where kind = 'article' and claim = 'generated-post-3'",
    )
    db.close()

    const resumed = await runCli(file, env)
    expect(resumed.code).toBe(0)
    expect((JSON.parse(resumed.out) as ImportSummary).counts.articles).toMatchObject({ created: 1 })
    expect(await snapshot(env)).toEqual(whole)
  }, 600_000)
})
