import type { Payload, TypedUser } from 'payload'

import { collections } from '../slugs'
import { articleChanges, readableArticle, type ArticleChanges, type ReadableArticle } from './reviewView'

type Doc = Record<string, unknown>

export type ReviewData = {
  doc: Doc
  current: ReadableArticle
  /** The last approved (or published) version before the working one, if there is one. */
  approved: { at: string; reviewer: string | null; article: ReadableArticle } | null
  changes: ArticleChanges
}

const empty: ReadableArticle = {
  title: '',
  summary: '',
  heroImage: '',
  authors: [],
  reviewers: [],
  topics: [],
  body: [],
  sources: [],
}

/**
 * What the review screen shows, read as `user` (so nobody sees an article or a version they may not):
 * the working version, the last version a clinician approved before it (an approved or published
 * version that is not the latest), and the difference between the two.
 */
export async function reviewData(
  payload: Payload,
  id: number | string,
  user: TypedUser,
): Promise<ReviewData> {
  const doc = (await payload.findByID({
    collection: collections.articles,
    id,
    draft: true,
    depth: 1,
    overrideAccess: false,
    user,
  })) as unknown as Doc
  const { docs } = await payload.findVersions({
    collection: collections.articles,
    where: {
      and: [
        { parent: { equals: id } },
        { latest: { not_equals: true } },
        { 'version.workflowState': { in: ['approved', 'published'] } },
      ],
    },
    sort: '-updatedAt',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    user,
  })
  const version = docs[0] as { updatedAt?: string; version?: Doc } | undefined
  const current = readableArticle(doc)
  const approvedArticle = version?.version ? readableArticle(version.version) : null
  const approval = version?.version?.approval as { approvedAt?: string; reviewer?: unknown } | undefined
  const reviewer = approval?.reviewer as { name?: string } | null | undefined
  return {
    doc,
    current,
    approved: approvedArticle
      ? {
          at: approval?.approvedAt ?? version?.updatedAt ?? '',
          reviewer: reviewer && typeof reviewer === 'object' ? (reviewer.name ?? null) : null,
          article: approvedArticle,
        }
      : null,
    changes: articleChanges(approvedArticle ?? empty, current),
  }
}
