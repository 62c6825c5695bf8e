/**
 * A topic as its hub page reads it: the topic with the editors' introduction, picks and related
 * topics. Kept apart from `topic.ts` because the rich text (`lexical.ts`) itself links to topics.
 */
import { z } from 'zod'

import { articleRefSchema } from './article-card'
import { lexicalDocumentSchema, walkLexical, type LexicalDocument } from './lexical'
import { documentIdSchema, relationSchema, type DocumentId } from './relation'
import { topicRefSchema, topicSchema } from './topic'

/** How many picks and related topics a topic may hold (the CMS refuses more): a short, chosen list. */
export const HUB_LIST_LIMIT = { editorsPicks: 6, relatedTopics: 8 } as const

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(relationSchema(item))
    .nullish()
    .transform((values) => values ?? [])

export const topicHubSchema = topicSchema.extend({
  intro: lexicalDocumentSchema.nullish().describe('The editors’ introduction (rich text)'),
  /** Articles in the editors' order: documents when populated, ids when the reader may not see them. */
  editorsPicks: list(articleRefSchema).describe('Editors’ picks, in order'),
  relatedTopics: list(topicRefSchema).describe('Related topics, in order'),
})
export type TopicHubDoc = z.infer<typeof topicHubSchema>

/** The ids of a relationship list, in order and each once (populated or not). */
export function relationIds(
  values: readonly (DocumentId | { id: DocumentId } | null | undefined)[],
): DocumentId[] {
  const seen = new Set<string>()
  const out: DocumentId[] = []
  for (const value of values) {
    const id = typeof value === 'object' && value !== null ? value.id : value
    if (!documentIdSchema.safeParse(id).success || seen.has(String(id))) continue
    seen.add(String(id))
    out.push(id as DocumentId)
  }
  return out
}

/** `docs` in the order of `ids`; an id without a document (unpublished, deleted) is left out. */
export function inOrderOf<T extends { id: DocumentId }>(ids: readonly DocumentId[], docs: readonly T[]): T[] {
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(String(id))
    return doc ? [doc] : []
  })
}

/** Whether rich text holds any words: an editor that was cleared leaves an empty paragraph behind. */
export function hasText(doc: LexicalDocument | null | undefined): doc is LexicalDocument {
  if (!doc) return false
  let found = false
  walkLexical(doc, (node) => {
    if (node.type === 'text' && typeof node.text === 'string' && node.text.trim()) found = true
  })
  return found
}
