/**
 * Imports a WordPress export (WXR) into Haven through Payload's Local API, so every collection's
 * hooks and rules apply as they do to an editor's save.
 *
 * The file is streamed several times, never held whole:
 *  1. read only: the whole file is checked (malformed XML or an unknown WXR version stops the run
 *     before anything is written) and a small index of items is kept (id, type, slug, address);
 *  2. authors become people and categories and tags topics (they precede the items in a WXR);
 *  3. attachments become media;
 *  4. posts become articles (drafts in review) and pages pages (drafts);
 *  5. posts whose links pointed at items imported after them are converted again;
 *  6. every old address gets a 308 redirect, and menu items become navigation items.
 *
 * Each document is keyed by the site URL, kind and WordPress id in `import-records`; see that
 * collection for how a run killed half-way is picked up by the next one.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { slugify } from '@haven/schemas'
import { editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { ValidationError, type CollectionSlug, type Payload, type RichTextField, type Where } from 'payload'

import { reservedPageSlugs } from '../../collections/Pages'
import type { ImportKind } from '../../collections/ImportRecords'
import { plainText } from '../../lib/lexical'
import { collections, globals } from '../../slugs'
import { isDatabaseFailure, retryingBusy } from './database-failure'
import { convertContent, type BodyBlock, type ImageTarget, type LinkTarget } from './content'
import { decodeEntities } from './entities'
import { contentRuleProblems } from './rules'
import { readWxr, WxrError, type WxrChannel, type WxrItem } from './wxr'

export { WxrError }

export type ImportOptions = {
  file: string
  uploadsDir?: string
  dryRun?: boolean
  /** Publish through the admin's door: as this admin, with this reason and clinical reviewer. */
  publish?: { reason: string; adminEmail: string; reviewerSlug: string }
  onProgress?: (progress: { phase: string; done: number; total: number }) => void
}

export const outcomes = ['created', 'updated', 'unchanged', 'skipped'] as const
export type Outcome = (typeof outcomes)[number]
export const reportKinds = [
  'people',
  'topics',
  'media',
  'articles',
  'pages',
  'redirects',
  'navigation',
  'other',
] as const
export type ReportKind = (typeof reportKinds)[number]

export type ItemReport = {
  kind: ReportKind
  wpId: string
  title: string
  /** skipped: not imported; partial: imported, with what was not converted as it was. */
  status: 'skipped' | 'partial'
  reasons: string[]
}

export type ImportSummary = {
  file: string
  source: string
  wxrVersion: string
  dryRun: boolean
  counts: Record<ReportKind, Record<Outcome, number>>
  published: number
  items: ItemReport[]
  seconds: number
}

type DocRef = { collection: 'articles' | 'pages' | 'media' | 'people' | 'topics'; id: number | string }

type Entry = {
  type: string
  status: string
  slug: string
  title: string
  /** The item's own address on the old site (`/2019/05/hello`), decoded, without a trailing slash. */
  path: string
  parent: string
  /** For attachments: the path under wp-content/uploads. */
  upload: string
  /** What this run made of it (or found from an earlier run); `null` when it was not imported. */
  doc?: DocRef | null
}

type ImportRecord = {
  id: number | string
  key: string
  targetId?: string | null
  claim?: string | null
  hash?: string | null
}

const importableStatuses = new Set(['publish', 'draft', 'pending', 'future', 'private'])
const ctx = { disableRevalidate: false } as const

/** Stable JSON (sorted keys) for hashing what would be written. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value ?? null)
}
const sha1 = (value: string) => createHash('sha1').update(value).digest('hex')

/** The part of an uploads URL after `wp-content/uploads/`, or '' when it is not one. */
export function uploadsPath(url: string): string {
  const match = /\/wp-content\/uploads\/(.+?)(?:[?#].*)?$/.exec(url)
  if (!match) return ''
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return match[1]!
  }
}

/** An uploads path without WordPress's size suffix (`photo-300x200.jpg` → `photo.jpg`). */
const originalUpload = (upload: string) => upload.replace(/-(?:\d+x\d+|scaled)(\.[a-z0-9]+)$/i, '$1')

/** Old-site address of `url` relative to the site, decoded and without a trailing slash. */
export function oldSitePath(url: string, siteUrl: string): { path: string; query: URLSearchParams } | null {
  let parsed: URL
  let site: URL
  try {
    site = new URL(`${siteUrl}/`)
    parsed = new URL(url, site)
  } catch {
    return null
  }
  const bare = (host: string) => host.replace(/^www\./, '')
  if (!/^https?:$/.test(parsed.protocol) || bare(parsed.hostname) !== bare(site.hostname)) return null
  let pathname = parsed.pathname
  try {
    pathname = decodeURI(pathname)
  } catch {
    // keep it encoded
  }
  pathname = pathname.replace(/\/+$/, '') || '/'
  return { path: pathname, query: parsed.searchParams }
}

const mediaMimeTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
}

/** A file name Payload stores as given: ASCII, lower case, no spaces. */
function safeFilename(upload: string): string {
  const ext = path.extname(upload).toLowerCase()
  const base = slugify(path.basename(upload, path.extname(upload))) || 'image'
  return `${base}${ext}`
}

function summaryOf(excerpt: string, bodyText: string): string {
  const source = (excerpt.trim() ? excerpt.replace(/<[^>]+>/g, ' ') : bodyText).replace(/\s+/g, ' ').trim()
  const text = decodeEntities(source)
  if (text.length <= 320) return text
  const cut = text.slice(0, 319)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200))}…`
}

function messagesOf(error: unknown): string[] {
  if (error instanceof ValidationError) {
    const errors =
      (error.data as { errors?: { message?: string; path?: string }[] } | undefined)?.errors ?? []
    if (errors.length) return errors.map((e) => e.message ?? e.path ?? 'invalid')
  }
  return [error instanceof Error ? error.message : String(error)]
}

export async function importWordPress(payload: Payload, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now()
  const dryRun = Boolean(options.dryRun)
  const progress = options.onProgress ?? (() => {})
  const counts = Object.fromEntries(
    reportKinds.map((k) => [k, Object.fromEntries(outcomes.map((o) => [o, 0]))]),
  ) as ImportSummary['counts']
  const reports = new Map<string, ItemReport>()
  const report = (
    kind: ReportKind,
    wpId: string,
    title: string,
    status: ItemReport['status'],
    reasons: string[],
  ) => {
    if (!reasons.length) return
    const key = `${kind}:${wpId}`
    const existing = reports.get(key)
    if (existing) {
      if (status === 'skipped') existing.status = 'skipped'
      for (const r of reasons) if (!existing.reasons.includes(r)) existing.reasons.push(r)
    } else reports.set(key, { kind, wpId, title, status, reasons: [...reasons] })
  }
  const count = (kind: ReportKind, outcome: Outcome) => counts[kind][outcome]++

  // 1. Read the whole file once: check it, and index its items.
  let channel: WxrChannel | null = null
  const index = new Map<string, Entry>()
  const byPath = new Map<string, string>()
  const byUpload = new Map<string, string>()
  const creators = new Set<string>()
  let itemCount = 0
  await readWxr(options.file, {
    channel: (c) => {
      channel = c
    },
    item: (item) => {
      itemCount++
      if (!item.postId) return
      const located = oldSitePath(item.link, channel!.siteUrl)
      const upload = item.postType === 'attachment' ? uploadsPath(item.attachmentUrl) : ''
      index.set(item.postId, {
        type: item.postType,
        status: item.status,
        slug: item.postName,
        title: decodeEntities(item.title).slice(0, 200),
        path: located && located.path !== '/' && ![...located.query.keys()].length ? located.path : '',
        parent: item.parentId,
        upload,
      })
      if (located?.path && located.path !== '/' && ![...located.query.keys()].length)
        byPath.set(located.path, item.postId)
      if (upload) byUpload.set(originalUpload(upload), item.postId)
      if (item.creator) creators.add(item.creator)
    },
  })
  const site = channel as WxrChannel | null
  if (!site) throw new WxrError('this is not a WordPress export (WXR): it has no channel')
  const source = site.siteUrl

  // Publishing needs an admin and a clinical reviewer: check both before anything is written.
  let admin: Record<string, unknown> | null = null
  let reviewerId: number | string | null = null
  if (options.publish) {
    const { docs } = await payload.find({
      collection: collections.users,
      where: { email: { equals: options.publish.adminEmail.toLowerCase() } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const user = docs[0] as (Record<string, unknown> & { roles?: string[] }) | undefined
    if (!user || !user.roles?.includes('admin'))
      throw new WxrError(
        `--as ${options.publish.adminEmail}: publishing without clinical approval needs an admin account`,
      )
    admin = { ...user, collection: collections.users }
    const person = await payload.find({
      collection: collections.people,
      where: { slug: { equals: options.publish.reviewerSlug } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const reviewer = person.docs[0] as { id: number | string; roles?: string[] } | undefined
    if (!reviewer || !reviewer.roles?.includes('reviewer'))
      throw new WxrError(
        `--reviewer ${options.publish.reviewerSlug}: no person with that slug has the clinical reviewer role (an article is published only with a clinical reviewer)`,
      )
    reviewerId = reviewer.id
  }

  // Import records: what earlier runs made of each item.
  const keyOf = (kind: ImportKind, wpId: string) => `${source}|${kind}|${wpId}`
  const findRecord = async (kind: ImportKind, wpId: string): Promise<ImportRecord | null> => {
    const { docs } = await payload.find({
      collection: collections.importRecords,
      where: { key: { equals: keyOf(kind, wpId) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return (docs[0] as ImportRecord | undefined) ?? null
  }
  /**
   * The document matching `where`: its latest draft, or else its own row. On SQLite a create is
   * several statements without a transaction, so a run killed between them can leave a document's row
   * without any version; a draft read does not see it, and the resumed run must adopt it, not make a
   * second one (or collide with its slug).
   */
  const exists = async (
    collection: CollectionSlug,
    where: Where,
  ): Promise<Record<string, unknown> | null> => {
    for (const draft of [true, false]) {
      const { docs } = await payload.find({
        collection,
        where,
        limit: 1,
        depth: 0,
        draft,
        overrideAccess: true,
      })
      if (docs[0]) return docs[0] as unknown as Record<string, unknown>
    }
    return null
  }
  // Per collection: each claim made this run and the item (record key) that made it.
  const claimedThisRun = new Map<string, Map<string, string>>()
  /** `desired`, or the first of desired-2, desired-3… that no other document uses. */
  const freeClaim = async (
    collection: CollectionSlug,
    field: 'slug' | 'filename',
    desired: string,
    reserved: readonly string[] = [],
    owner = '',
  ) => {
    const taken = claimedThisRun.get(collection) ?? new Map<string, string>()
    claimedThisRun.set(collection, taken)
    const ext = field === 'filename' ? path.extname(desired) : ''
    const stem = ext ? desired.slice(0, -ext.length) : desired
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? desired : `${stem.slice(0, 90)}-${n}${ext}`
      // A claim this item made on an attempt that failed (a busy database, tried again) is still its own.
      if (reserved.includes(candidate) || (taken.has(candidate) && taken.get(candidate) !== owner)) continue
      // The documents' own rows, which the unique index checks (every document has one, versions or not).
      const used = await payload.count({
        collection,
        where: { [field]: { equals: candidate } },
        overrideAccess: true,
      })
      if (used.totalDocs === 0) {
        taken.set(candidate, owner)
        return candidate
      }
    }
  }

  type UpsertArgs = {
    kind: ImportKind
    wpId: string
    collection: DocRef['collection']
    claimField: 'slug' | 'filename'
    desired: string
    reserved?: readonly string[]
    data: Record<string, unknown>
    draft?: boolean
    file?: { path: string; mimetype: string }
  }
  /**
   * Creates or updates the document for one item. Writes the record (with its claim) before the
   * document and completes it after, so an interrupted run is adopted, not duplicated.
   */
  const upsert = (args: UpsertArgs): Promise<{ id: number | string; outcome: Exclude<Outcome, 'skipped'> }> =>
    retryingBusy(() => upsertOnce(args))
  const upsertOnce = async (
    args: UpsertArgs,
  ): Promise<{ id: number | string; outcome: Exclude<Outcome, 'skipped'> }> => {
    const record = await findRecord(args.kind, args.wpId)
    const size = args.file ? (await stat(args.file.path)).size : null
    const hash = sha1(
      stableJson({ data: args.data, file: args.file ? { path: args.file.path, size } : null }),
    )
    let existing: Record<string, unknown> | null = null
    if (record?.targetId) existing = await exists(args.collection, { id: { equals: record.targetId } })
    else if (record?.claim)
      existing = await exists(args.collection, { [args.claimField]: { equals: record.claim } })
    if (existing && record?.targetId && record.hash === hash)
      return { id: existing.id as number | string, outcome: 'unchanged' }
    const adopted = Boolean(existing && !record?.targetId)
    if (dryRun)
      return {
        id: (existing?.id as number | string) ?? `new:${args.kind}:${args.wpId}`,
        outcome: existing && !adopted ? 'updated' : 'created',
      }
    const common = { overrideAccess: true, context: ctx, depth: 0 } as const
    if (existing) {
      const { [args.claimField]: _claim, ...rest } = args.data
      const data = adopted ? args.data : rest
      await payload.update({
        collection: args.collection,
        id: existing.id as number,
        data,
        draft: args.draft,
        ...common,
      })
      await payload.update({
        collection: collections.importRecords,
        id: record!.id as number,
        data: { targetId: String(existing.id), hash },
        ...common,
      })
      return { id: existing.id as number | string, outcome: adopted ? 'created' : 'updated' }
    }
    const claim = await freeClaim(
      args.collection,
      args.claimField,
      args.desired,
      args.reserved,
      keyOf(args.kind, args.wpId),
    )
    const recordData = {
      key: keyOf(args.kind, args.wpId),
      source,
      kind: args.kind,
      wpId: args.wpId,
      targetCollection: args.collection,
      targetId: null,
      claim,
      hash: null,
    }
    const pending = record
      ? await payload.update({
          collection: collections.importRecords,
          id: record.id as number,
          data: { claim, targetId: null },
          ...common,
        })
      : await payload.create({ collection: collections.importRecords, data: recordData, ...common })
    const data = { ...args.data, [args.claimField]: claim }
    // `collection` is one of several at run time, so the data is checked by Payload, not the compiler.
    type CreateArgs = Parameters<typeof payload.create>[0]
    const created = args.file
      ? await payload.create({
          collection: args.collection,
          data,
          file: {
            data: await readFile(args.file.path),
            mimetype: args.file.mimetype,
            name: claim,
            size: size!,
          },
          ...common,
        } as CreateArgs)
      : await payload.create({
          collection: args.collection,
          data,
          draft: args.draft,
          ...common,
        } as CreateArgs)
    await payload.update({
      collection: collections.importRecords,
      id: pending.id as number,
      data: { targetId: String(created.id), hash },
      ...common,
    })
    return { id: created.id as number | string, outcome: 'created' }
  }

  // 2. People and topics.
  const people = new Map<string, number | string>()
  const authors = site.authors.length
    ? site.authors
    : [...creators].map((login) => ({ login, email: '', displayName: login, firstName: '', lastName: '' }))
  for (const author of authors) {
    if (!author.login) continue
    const name = (
      author.displayName ||
      `${author.firstName} ${author.lastName}`.trim() ||
      author.login
    ).slice(0, 120)
    try {
      const result = await upsert({
        kind: 'person',
        wpId: author.login,
        collection: 'people',
        claimField: 'slug',
        desired: slugify(name) || slugify(author.login) || 'author',
        data: {
          name,
          roles: ['writer'],
          bio: `${name} writes for ${site.title || 'Haven'}.`,
          _status: 'published',
        },
      })
      people.set(author.login, result.id)
      count('people', result.outcome)
      if (result.outcome === 'created')
        report('people', author.login, name, 'partial', [
          'the export holds no biography: the bio is a placeholder, write one',
        ])
    } catch (error) {
      if (isDatabaseFailure(error)) throw error
      count('people', 'skipped')
      report('people', author.login, name, 'skipped', messagesOf(error))
    }
  }

  const topicsBySlug = new Map<string, number | string>()
  const topicByTermId = new Map<string, string>()
  const terms = site.terms.filter((t) => t.taxonomy === 'category' || t.taxonomy === 'post_tag')
  for (const t of site.terms) if (t.id) topicByTermId.set(t.id, t.slug)
  // Parents before children, whatever order the export lists them in.
  const ordered: typeof terms = []
  const placed = new Set<string>()
  const categories = new Map(terms.filter((t) => t.taxonomy === 'category').map((t) => [t.slug, t]))
  const place = (t: (typeof terms)[number], depth = 0) => {
    const key = `${t.taxonomy}:${t.slug}`
    if (placed.has(key)) return
    const parent = t.taxonomy === 'category' && t.parent ? categories.get(t.parent) : undefined
    if (parent && depth < 20) place(parent, depth + 1)
    placed.add(key)
    ordered.push(t)
  }
  terms.filter((t) => t.taxonomy === 'category').forEach((t) => place(t))
  terms.filter((t) => t.taxonomy === 'post_tag').forEach((t) => place(t))
  const wpSlug = (raw: string) => {
    let value = raw
    try {
      value = decodeURIComponent(raw)
    } catch {
      // not percent-encoded
    }
    return slugify(value)
  }
  for (const t of ordered) {
    const kind: ImportKind = t.taxonomy === 'category' ? 'category' : 'tag'
    const title = decodeEntities(t.name || t.slug).slice(0, 120)
    if (kind === 'category' && t.slug === 'uncategorized') continue
    const slug = wpSlug(t.slug) || slugify(title) || `topic-${t.id || 'x'}`
    // A tag and a category with the same slug are one topic.
    const same = topicsBySlug.get(slug)
    if (same !== undefined && kind === 'tag') {
      topicsBySlug.set(`tag:${t.slug}`, same)
      continue
    }
    try {
      const parentId = kind === 'category' && t.parent ? topicsBySlug.get(`category:${t.parent}`) : undefined
      const result = await upsert({
        kind,
        wpId: t.slug,
        collection: 'topics',
        claimField: 'slug',
        desired: slug,
        data: {
          title,
          description: decodeEntities(t.description).slice(0, 600) || undefined,
          parent: parentId && !String(parentId).startsWith('new:') ? parentId : null,
          _status: 'published',
        },
      })
      topicsBySlug.set(slug, result.id)
      topicsBySlug.set(`${kind}:${t.slug}`, result.id)
      count('topics', result.outcome)
    } catch (error) {
      if (isDatabaseFailure(error)) throw error
      count('topics', 'skipped')
      report('topics', t.slug, title, 'skipped', messagesOf(error))
    }
  }

  const total = itemCount
  // 3. Attachments become media.
  const media = new Map<string, ImageTarget & { url?: string }>()
  let done = 0
  await readWxr(options.file, {
    item: async (item) => {
      progress({ phase: 'media', done: ++done, total })
      if (item.postType !== 'attachment' || !item.postId) return
      const entry = index.get(item.postId)!
      entry.doc = null
      const title = decodeEntities(item.title) || entry.upload
      const upload = entry.upload
      const skip = (reason: string) => {
        count('media', 'skipped')
        report('media', item.postId, title, 'skipped', [reason])
      }
      if (!upload) return skip(`${item.attachmentUrl || 'the attachment'} is not under wp-content/uploads`)
      const mimetype = mediaMimeTypes[path.extname(upload).toLowerCase()]
      if (!mimetype) return skip(`${upload}: only images are imported (png, jpeg, webp, avif, svg)`)
      if (!options.uploadsDir) return skip(`${upload}: no --uploads folder was given`)
      const root = path.resolve(options.uploadsDir)
      const file = path.resolve(root, upload)
      if (!file.startsWith(root + path.sep)) return skip(`${upload}: the path leaves the uploads folder`)
      const found = await stat(file).catch(() => null)
      if (!found?.isFile()) return skip(`${upload}: the file is missing from ${options.uploadsDir}`)
      const alt = decodeEntities(item.meta._wp_attachment_image_alt ?? '').trim()
      const reasons: string[] = []
      if (!alt) reasons.push('no alt text in the export: the title was used; describe the image')
      try {
        const result = await upsert({
          kind: 'media',
          wpId: item.postId,
          collection: 'media',
          claimField: 'filename',
          desired: safeFilename(upload),
          data: {
            alt: (alt || title).slice(0, 300),
            purpose: 'general',
          },
          file: { path: file, mimetype },
        })
        entry.doc = { collection: 'media', id: result.id }
        media.set(item.postId, { id: result.id, alt: alt || title })
        count('media', result.outcome)
        report('media', item.postId, title, 'partial', reasons)
      } catch (error) {
        if (isDatabaseFailure(error)) throw error
        skip(messagesOf(error).join('; '))
      }
    },
  })

  // 4. Posts and pages (and menu items, kept for step 6).
  const sanitized = payload.config
  const editorFor = (collection: 'articles' | 'pages'): SanitizedServerEditorConfig => {
    const field = sanitized.collections
      .find((c) => c.slug === collection)!
      .fields.find((f) => 'name' in f && f.name === 'body') as RichTextField
    return editorConfigFactory.fromField({ field })
  }
  const editors = { articles: editorFor('articles'), pages: editorFor('pages') }
  const blocks: Record<'articles' | 'pages', ReadonlySet<BodyBlock>> = {
    articles: new Set(['sectionHeading', 'video', 'infographicGallery']),
    pages: new Set(['sectionHeading']),
  }
  type MenuItem = {
    id: string
    menu: string
    parent: string
    order: number
    title: string
    type: string
    object: string
    objectId: string
    url: string
  }
  const menuItems: MenuItem[] = []
  const deferred = new Set<string>()
  let published = 0

  const docOf = async (wpId: string): Promise<DocRef | null | undefined> => {
    const entry = index.get(wpId)
    if (!entry) return undefined
    if (entry.doc !== undefined) return entry.doc
    const kind: ImportKind | null = entry.type === 'post' ? 'article' : entry.type === 'page' ? 'page' : null
    if (!kind) return null
    const record = await findRecord(kind, wpId)
    if (record?.targetId)
      return {
        collection: kind === 'article' ? 'articles' : 'pages',
        id: Number(record.targetId) || record.targetId,
      }
    return undefined
  }

  const linkTargets = async (html: string): Promise<Map<string, LinkTarget>> => {
    const targets = new Map<string, LinkTarget>()
    for (const m of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
      const url = decodeEntities(m[1]!)
      if (targets.has(url)) continue
      if (/^(mailto|tel):/i.test(url)) {
        targets.set(url, { kind: 'external' })
        continue
      }
      const located = oldSitePath(url, source)
      if (!located) {
        targets.set(url, { kind: 'external' })
        continue
      }
      if (uploadsPath(url)) {
        targets.set(url, { kind: 'upload' })
        continue
      }
      const byQuery =
        located.query.get('p') ?? located.query.get('page_id') ?? located.query.get('attachment_id')
      const wpId = byQuery ?? byPath.get(located.path)
      const entry = wpId ? index.get(wpId) : undefined
      if (!wpId || !entry) {
        targets.set(url, { kind: 'old-site' })
        continue
      }
      if (entry.type === 'attachment') {
        targets.set(url, { kind: 'upload' })
        continue
      }
      const doc = await docOf(wpId)
      if (doc && (doc.collection === 'articles' || doc.collection === 'pages'))
        targets.set(url, { kind: 'document', relationTo: doc.collection, id: doc.id })
      else if (
        doc === undefined &&
        (entry.type === 'post' || entry.type === 'page') &&
        importableStatuses.has(entry.status)
      )
        targets.set(url, { kind: dryRun ? 'external' : 'later' })
      else targets.set(url, { kind: 'not-imported', title: entry.title })
    }
    return targets
  }

  const resolveImage = (src: string, attachmentId?: string): ImageTarget | null => {
    if (attachmentId && media.has(attachmentId)) return media.get(attachmentId)!
    const upload = uploadsPath(src)
    const wpId = upload ? byUpload.get(originalUpload(upload)) : undefined
    return (wpId && media.get(wpId)) || null
  }

  const importPost = async (item: WxrItem, final: boolean) => {
    const isPost = item.postType === 'post'
    const kind: ReportKind = isPost ? 'articles' : 'pages'
    const collection = isPost ? 'articles' : 'pages'
    const entry = index.get(item.postId)!
    const title = decodeEntities(item.title).trim() || `Untitled ${item.postType} ${item.postId}`
    const skip = (reasons: string[]) => {
      entry.doc = null
      count(kind, 'skipped')
      report(kind, item.postId, title, 'skipped', reasons)
    }
    if (!importableStatuses.has(item.status)) {
      if (item.status === 'trash') skip(['it is in the WordPress trash'])
      else entry.doc = null
      return
    }
    const targets = await linkTargets(item.content)
    const converted = convertContent(item.content, {
      editorConfig: editors[collection],
      blocks: blocks[collection],
      title,
      resolveLink: (url) => {
        const target = targets.get(url) ?? targets.get(decodeEntities(url)) ?? { kind: 'external' as const }
        return final && target.kind === 'later' ? { kind: 'not-imported', title: url } : target
      },
      resolveImage,
      seed: `${source}|${item.postId}`,
    })
    const text = plainText(converted.body)
    const problems = contentRuleProblems(`${title}\n${item.excerpt}\n${text}`)
    if (problems.length) return skip(problems.map((p) => `breaks Haven's rules: ${p}`))
    if (converted.waitsForLaterItems && !final) deferred.add(item.postId)

    const notes = [...converted.notes]
    if (title.length > 160) notes.push('the title was cut to 160 characters')
    if (item.status === 'private') notes.push('it was private on WordPress')
    const desired = wpSlug(item.postName) || slugify(title) || `${item.postType}-${item.postId}`
    const data: Record<string, unknown> = {
      title: title.slice(0, 160),
      summary: summaryOf(item.excerpt, text),
      body: converted.body,
    }
    if (isPost) {
      const topicIds = [
        ...new Set(
          item.terms
            .map((t) =>
              t.domain === 'category'
                ? topicsBySlug.get(`category:${t.slug}`)
                : t.domain === 'post_tag'
                  ? topicsBySlug.get(`tag:${t.slug}`)
                  : undefined,
            )
            .filter((id): id is number | string => id !== undefined),
        ),
      ]
      const author = people.get(item.creator)
      const hero = item.meta._thumbnail_id ? media.get(item.meta._thumbnail_id) : undefined
      if (!topicIds.length)
        notes.push('it has no category or tag Haven imported: choose a topic before publishing')
      if (!hero) notes.push('it has no imported featured image: choose a hero image before publishing')
      if (!author)
        notes.push(`its author "${item.creator}" was not imported: choose an author before publishing`)
      Object.assign(data, {
        heroImage: hero?.id,
        authors: author !== undefined ? [author] : [],
        topics: topicIds,
        workflowState: 'in_review',
        _status: 'draft',
      })
    } else {
      if (item.parentId && item.parentId !== '0')
        notes.push(
          'it was a child page on WordPress: Haven’s pages are flat, its old address redirects to the new one',
        )
      data._status = 'draft'
    }
    try {
      const result = await upsert({
        kind: isPost ? 'article' : 'page',
        wpId: item.postId,
        collection,
        claimField: 'slug',
        desired,
        reserved: isPost ? [] : reservedPageSlugs,
        data,
        draft: true,
      })
      entry.doc = { collection, id: result.id }
      // A post converted again for its links was counted the first time.
      if (!final) count(kind, result.outcome)
      report(kind, item.postId, title, 'partial', notes)
      if (options.publish && !dryRun) {
        const doc = (await exists(collection, { id: { equals: result.id } })) as Record<
          string,
          unknown
        > | null
        const live = isPost ? doc?.workflowState === 'published' : doc?._status === 'published'
        if (!live) {
          try {
            await payload.update({
              collection,
              id: result.id as number,
              data: isPost
                ? {
                    _status: 'published',
                    publishReason: options.publish.reason,
                    reviewers: [reviewerId as number],
                  }
                : { _status: 'published' },
              user: admin as never,
              overrideAccess: false,
              context: ctx,
              depth: 0,
            })
            published++
          } catch (error) {
            report(
              kind,
              item.postId,
              title,
              'partial',
              messagesOf(error).map((m) => `not published (it stays in review): ${m}`),
            )
          }
        }
      }
    } catch (error) {
      if (isDatabaseFailure(error)) throw error
      skip(messagesOf(error))
    }
  }

  done = 0
  await readWxr(options.file, {
    item: async (item) => {
      progress({ phase: 'content', done: ++done, total })
      if (!item.postId) return
      if (item.postType === 'post' || item.postType === 'page') return importPost(item, false)
      if (item.postType === 'nav_menu_item') {
        const menu = item.terms.find((t) => t.domain === 'nav_menu')
        menuItems.push({
          id: item.postId,
          menu: menu?.slug ?? '',
          parent: item.meta._menu_item_menu_item_parent ?? '0',
          order: item.menuOrder,
          title: decodeEntities(item.title),
          type: item.meta._menu_item_type ?? '',
          object: item.meta._menu_item_object ?? '',
          objectId: item.meta._menu_item_object_id ?? '',
          url: item.meta._menu_item_url ?? '',
        })
        return
      }
      if (item.postType === 'attachment' || item.postType === 'revision' || item.status === 'auto-draft')
        return
      const entry = index.get(item.postId)
      if (entry) entry.doc = null
      count('other', 'skipped')
      report('other', item.postId, decodeEntities(item.title) || item.postId, 'skipped', [
        `post type "${item.postType}" is not imported (posts, pages, attachments and menu items are)`,
      ])
    },
  })

  // 5. Posts that linked to items imported after them.
  if (deferred.size) {
    done = 0
    await readWxr(options.file, {
      item: async (item) => {
        progress({ phase: 'links', done: ++done, total })
        if (deferred.has(item.postId)) await importPost(item, true)
      },
    })
  }

  // 6. Redirects from every old address, then the menu.
  const newPath = async (doc: DocRef): Promise<string | null> => {
    if (String(doc.id).startsWith('new:')) return null
    const found = await exists(doc.collection, { id: { equals: doc.id } })
    if (!found) return null
    return doc.collection === 'articles' ? `/articles/${String(found.slug)}` : `/${String(found.slug)}`
  }
  const redirect = async (from: string, to: DocRef | { url: string }) => {
    const target =
      'url' in to
        ? { type: 'custom', url: to.url, reference: null }
        : { type: 'reference', reference: { relationTo: to.collection, value: to.id }, url: null }
    const existing = await exists(collections.redirects, { from: { equals: from } })
    if (existing) {
      const current = existing.to as
        | { type?: string; url?: string | null; reference?: { relationTo?: string; value?: unknown } | null }
        | undefined
      const same =
        current?.type === target.type &&
        (target.type === 'custom'
          ? current.url === target.url
          : current?.reference?.relationTo === target.reference!.relationTo &&
            String(current.reference?.value) === String(target.reference!.value))
      if (same) return count('redirects', 'unchanged')
      count('redirects', 'skipped')
      report('redirects', from, from, 'skipped', [
        'a redirect from this address already exists and points elsewhere: kept',
      ])
      return
    }
    count('redirects', 'created')
    if (dryRun) return
    await payload.create({
      collection: collections.redirects,
      data: { from, type: '308', to: target as never },
      overrideAccess: true,
      context: ctx,
    })
  }
  let visited = 0
  for (const [wpId, entry] of index) {
    // SQLite's driver answers at once, so this loop would never give the event loop a turn, and what
    // Node frees only on a turn (the native statements behind each query) piled up: memory grew by
    // about 250 KB per post here. One turn every 100 items keeps it flat.
    if (++visited % 100 === 0) await new Promise((resolve) => setImmediate(resolve))
    const doc = entry.doc
    if (!doc) continue
    if (doc.collection === 'articles' || doc.collection === 'pages') {
      const to = await newPath(doc)
      if (entry.path && entry.path !== to) await redirect(entry.path, doc)
      await redirect(`/?p=${wpId}`, doc)
      if (doc.collection === 'pages') await redirect(`/?page_id=${wpId}`, doc)
    } else if (doc.collection === 'media') {
      const parent = entry.parent !== '0' ? index.get(entry.parent)?.doc : null
      const file = parent ? null : await exists(collections.media, { id: { equals: doc.id } })
      const to: DocRef | { url: string } | null =
        parent && (parent.collection === 'articles' || parent.collection === 'pages')
          ? parent
          : file?.url
            ? { url: String(file.url) }
            : null
      if (!to) continue
      if (entry.path) await redirect(entry.path, to)
      await redirect(`/?attachment_id=${wpId}`, to)
    }
  }

  if (menuItems.length) await importMenu(menuItems)

  async function importMenu(items: MenuItem[]) {
    const sizes = new Map<string, number>()
    for (const item of items) sizes.set(item.menu, (sizes.get(item.menu) ?? 0) + 1)
    const [menu] = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]!
    for (const [other, n] of sizes)
      if (other !== menu)
        report('navigation', `menu:${other}`, other, 'skipped', [
          `menu "${other}" (${n} items) was not imported: Haven has one menu, and "${menu}" is the largest`,
        ])
    const prefix = `wp-${sha1(source).slice(0, 8)}-`
    const levels = ['children', 'grandchildren', 'leaves'] as const
    type Row = { id: string; label: string; link: Record<string, unknown>; [level: string]: unknown }
    const rowFor = async (item: MenuItem): Promise<Row | null> => {
      const skip = (reason: string) => {
        count('navigation', 'skipped')
        report('navigation', item.id, item.title || item.url || item.id, 'skipped', [reason])
        return null
      }
      let link: Record<string, unknown> | null = null
      let label = item.title
      if (item.type === 'post_type' && (item.object === 'post' || item.object === 'page')) {
        const doc = await docOf(item.objectId)
        if (!doc) return skip('its target was not imported')
        link =
          doc.collection === 'articles'
            ? { type: 'article', article: doc.id }
            : { type: 'page', page: doc.id }
        label ||= index.get(item.objectId)?.title ?? ''
      } else if (item.type === 'taxonomy' && (item.object === 'category' || item.object === 'post_tag')) {
        const slug = topicByTermId.get(item.objectId)
        const topic = slug
          ? topicsBySlug.get(`${item.object === 'category' ? 'category' : 'tag'}:${slug}`)
          : undefined
        if (topic === undefined) return skip('its topic was not imported')
        link = { type: 'topic', topic }
        label ||= slug ?? ''
      } else if (item.type === 'custom') {
        const located = oldSitePath(item.url, source)
        if (located) {
          const wpId = located.query.get('p') ?? located.query.get('page_id') ?? byPath.get(located.path)
          const doc = wpId ? await docOf(wpId) : null
          if (doc && (doc.collection === 'articles' || doc.collection === 'pages'))
            link =
              doc.collection === 'articles'
                ? { type: 'article', article: doc.id }
                : { type: 'page', page: doc.id }
          else if (located.path === '/') link = { type: 'path', path: '/' }
          else return skip(`${item.url} on the old site was not imported`)
        } else if (/^https:\/\//.test(item.url)) link = { type: 'url', url: item.url }
        else return skip(`${item.url || 'its address'}: external menu links must use https://`)
      } else return skip(`menu items of type "${item.type}/${item.object}" are not imported`)
      if (!label.trim()) return skip('it has no label')
      count('navigation', 'created')
      return { id: `${prefix}${item.id}`, label: label.trim().slice(0, 80), link }
    }
    const ofMenu = items.filter((i) => i.menu === menu).sort((a, b) => a.order - b.order)
    const build = async (parent: string, depth: number): Promise<Row[]> => {
      const rows: Row[] = []
      for (const item of ofMenu.filter((i) => i.parent === parent)) {
        const row = await rowFor(item)
        if (!row) continue
        const children = ofMenu.some((i) => i.parent === item.id)
        if (children && depth < levels.length) row[levels[depth]!] = await build(item.id, depth + 1)
        else if (children)
          report('navigation', item.id, item.title, 'partial', [
            'its sub-items were left out: Haven’s menu has four levels',
          ])
        rows.push(row)
      }
      return rows
    }
    const imported = await build('0', 0)
    const nav = (await payload.findGlobal({
      slug: globals.navigation,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })) as {
      items?: Row[]
    }
    const strip = (rows: Row[] | undefined, depth: number): Row[] =>
      (rows ?? [])
        .filter((row) => !String(row.id).startsWith(prefix))
        .map((row) => {
          const level = levels[depth]
          return level ? { ...row, [level]: strip(row[level] as Row[] | undefined, depth + 1) } : row
        })
    /** What a row says (label, target, sub-items), whatever shape the database returns it in. */
    const shape = (rows: Row[], depth = 0): unknown[] =>
      rows.map((row) => {
        const link = (row.link ?? {}) as Record<string, unknown>
        const type = String(link.type ?? '')
        const target = link[type]
        const level = levels[depth]
        return {
          id: row.id,
          label: row.label,
          type,
          target:
            target && typeof target === 'object' && 'id' in target
              ? String((target as { id: unknown }).id)
              : String(target ?? ''),
          sub: level ? shape((row[level] as Row[] | undefined) ?? [], depth + 1) : [],
        }
      })
    const kept = strip(nav.items, 0)
    const next = [...kept, ...imported].slice(0, 40)
    if (kept.length + imported.length > 40)
      report('navigation', 'menu', menu, 'partial', [
        'the menu holds 40 top-level items: the rest were left out',
      ])
    const before = stableJson(shape(nav.items ?? []))
    const after = stableJson(shape(next))
    if (before === after) {
      counts.navigation.unchanged += counts.navigation.created
      counts.navigation.created = 0
      return
    }
    if (dryRun) return
    await payload.updateGlobal({
      slug: globals.navigation,
      data: { items: next } as never,
      draft: !options.publish,
      overrideAccess: true,
      context: ctx,
      depth: 0,
    })
  }

  return {
    file: options.file,
    source,
    wxrVersion: site.version,
    dryRun,
    counts,
    published,
    items: [...reports.values()],
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }
}
