import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { documentTags, notifyWeb } from '../lib/revalidate'

type AnyDoc = { slug?: unknown; path?: unknown; _status?: unknown }

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
  await notifyWeb(req.payload, documentTags(collection.slug, current, previous))
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ req, doc, global }) => {
  if (!req.context.disableRevalidate && (doc as AnyDoc)._status !== 'draft')
    await notifyWeb(req.payload, [global.slug])
  return doc
}
