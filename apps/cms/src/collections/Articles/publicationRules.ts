import type { CollectionBeforeChangeHook } from 'payload'

import { refusalError, type Problem } from '../../lib/refusal'
import { idsOf } from '../../lib/workflow'
import type { Article } from '../../payload-types'
import { collections } from '../../slugs'

/** Publishing needs a clinical reviewer and coherent dates; the published date defaults to now. */
export const publicationRules: CollectionBeforeChangeHook<Article> = ({ data, req, originalDoc }) => {
  if (data._status !== 'published') return data
  const merged = { ...originalDoc, ...data }
  const errors: Problem[] = []
  if (idsOf(merged.reviewers).length === 0) {
    errors.push({
      path: 'reviewers',
      message: 'reviewers: an article needs at least one clinical reviewer before it is published',
    })
  }
  const publishedAt = merged.publishedAt ? new Date(merged.publishedAt) : new Date()
  const updatedAt = merged.contentUpdatedAt ? new Date(merged.contentUpdatedAt) : null
  if (updatedAt && updatedAt < publishedAt) {
    errors.push({
      path: 'contentUpdatedAt',
      message: 'contentUpdatedAt: the content cannot be updated before it was published',
    })
  }
  if (errors.length) throw refusalError(req, { collection: collections.articles }, errors)
  return { ...data, publishedAt: publishedAt.toISOString() }
}
