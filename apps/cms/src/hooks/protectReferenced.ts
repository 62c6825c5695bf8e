import { ValidationError, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { collections } from '../slugs'

async function publishedReferrers(req: PayloadRequest, key: string): Promise<string[]> {
  const found = await Promise.all(
    [collections.articles, collections.pages].map((collection) =>
      req.payload.find({
        collection,
        where: { and: [{ references: { in: [key] } }, { _status: { equals: 'published' } }] },
        depth: 0,
        limit: 10,
        overrideAccess: true,
        req,
        select: { title: true },
      }),
    ),
  )
  return found.flatMap((result) => result.docs.map((doc) => `"${(doc as { title?: string }).title}"`))
}

/** A document that published pages link to cannot be deleted: the links would break for readers. */
export const protectReferencedDelete: CollectionBeforeDeleteHook = async ({ req, id, collection }) => {
  // `npm run seed -- --force` deletes every page that could link here, so it may skip this check.
  if (req.context.wipingEverything) return
  const referrers = await publishedReferrers(req, `${collection.slug}:${id}`)
  if (referrers.length) {
    throw new ValidationError(
      {
        errors: [
          {
            path: 'id',
            message: `This ${collection.labels.singular as string} cannot be deleted: published pages link to it (${referrers.join(', ')}). Remove those links first.`,
          },
        ],
        req,
      },
      req.t,
    )
  }
}
