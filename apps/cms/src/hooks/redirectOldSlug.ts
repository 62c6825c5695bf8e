import type { CollectionAfterChangeHook } from 'payload'

import { collections } from '../slugs'

/**
 * When a published document's slug changes, its old address keeps working: a redirect (redirects
 * plugin) from the old path to the document, which the web app answers with 308. A redirect from the
 * new path (a rename back) is removed so no loop can form.
 */
export function redirectOldSlug(prefix: string): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, collection }) => {
    const oldSlug = previousDoc?.slug as string | undefined
    if (!oldSlug || oldSlug === doc.slug || previousDoc?._status !== 'published') return doc
    const from = `${prefix}/${oldSlug}`
    const to = `${prefix}/${doc.slug as string}`
    await req.payload.delete({
      collection: collections.redirects,
      where: { from: { equals: to } },
      req,
      overrideAccess: true,
    })
    await req.payload.delete({
      collection: collections.redirects,
      where: { from: { equals: from } },
      req,
      overrideAccess: true,
    })
    await req.payload.create({
      collection: collections.redirects,
      data: {
        from,
        type: '308',
        to: {
          type: 'reference',
          reference: { relationTo: collection.slug as 'articles' | 'pages', value: doc.id as number },
        },
      },
      req,
      overrideAccess: true,
    })
    return doc
  }
}
