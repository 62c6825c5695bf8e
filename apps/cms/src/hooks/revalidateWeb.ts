import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { afterCommit } from '../lib/afterCommit'
import { documentTags, linksTo } from '../lib/cacheTags'
import { notifyWeb } from '../lib/revalidate'
import { globals } from '../slugs'

type AnyDoc = { id?: unknown; slug?: unknown; path?: unknown; _status?: unknown }

/**
 * After a save or delete, tells the web app which cache tags changed: the collection (every listing
 * that shows it) and the document under its new and old slug. Drafts that never reached readers are
 * skipped; `req.context.disableRevalidate` (the seed) switches it off.
 */
export const revalidateWeb: CollectionAfterChangeHook & CollectionAfterDeleteHook = async (args) => {
  const { req, doc, collection } = args
  if (req.context.disableRevalidate) return doc
  const previous = 'previousDoc' in args ? (args.previousDoc as AnyDoc | undefined) : undefined
  const current = doc as AnyDoc
  const wasPublished = previous?._status === 'published'
  const isPublished = current._status === undefined || current._status === 'published'
  const deleted = !('previousDoc' in args)
  if (!deleted && !isPublished && !wasPublished) return doc // a draft readers have never seen
  const tags = documentTags(collection.slug, current, previous)
  tags.push(...(await linkingGlobals(req, collection.slug, current.id)))
  // After the commit: a reader re-rendering before it would read, and cache, the old data.
  await afterCommit(req, () => notifyWeb(req.payload, tags))
  return doc
}

/** Globals whose links point at the document, so the menu and the footer follow a rename or unpublish. */
const linkingGlobalSlugs = [globals.navigation, globals.siteSettings] as const

/**
 * The menu and the footer are cached under their own tags only (not `articles`, `pages`, `topics`):
 * otherwise every article publish would refetch the menu for every page. So a change to a document they
 * link to names them here, after reading whether they do.
 */
async function linkingGlobals(req: PayloadRequest, collection: string, id: unknown): Promise<string[]> {
  if (!['articles', 'pages', 'topics'].includes(collection)) return []
  const tags: string[] = []
  // One after the other: both reads share the save's transaction.
  for (const slug of linkingGlobalSlugs) {
    try {
      const data = await req.payload.findGlobal({ slug, depth: 0, draft: false, req })
      if (linksTo(data, collection, id)) tags.push(slug)
    } catch (error) {
      // If the global cannot be read, say it changed: a needless refresh beats a stale menu.
      req.payload.logger.warn(
        `revalidate: could not read ${slug} (${error instanceof Error ? error.message : String(error)})`,
      )
      tags.push(slug)
    }
  }
  return tags
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ req, doc, global }) => {
  if (!req.context.disableRevalidate && (doc as AnyDoc)._status !== 'draft')
    await afterCommit(req, () => notifyWeb(req.payload, [global.slug]))
  return doc
}
