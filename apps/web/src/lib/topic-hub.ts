import {
  hasText,
  inOrderOf,
  relationIds,
  type ArticleCard,
  type LexicalDocument,
  type TopicHubDoc,
  type TopicNode,
} from '@haven/schemas'
import { cache } from 'react'

import { getArticlesByIds, getArticlesInTopics, getTopic, getTopicTree, TOPIC_PAGE_SIZE } from './content'
import { ancestorsNearestFirst, childrenOf, relatedTopicsOf, subtreeIds } from './topic-tree'

/** What a topic hub lists: its own and its descendants' articles, else the nearest ancestor's. */
export type HubListing =
  | { kind: 'own'; articles: ArticleCard[]; page: number; totalPages: number; totalDocs: number }
  | { kind: 'ancestor'; from: TopicNode; articles: ArticleCard[]; totalDocs: number }
  | { kind: 'none' }

export type TopicHub = {
  topic: TopicHubDoc
  /** The editors' introduction, when it has any words. */
  intro: LexicalDocument | null
  /** The editors' picks readers may read, in the editors' order (first page only). */
  picks: ArticleCard[]
  subtopics: TopicNode[]
  /** The editors' related topics, or (`chosen: false`) the topic's siblings when they chose none. */
  related: { topics: TopicNode[]; chosen: boolean }
  listing: HubListing
}

/** Search engines index a hub only while it has articles of its own or below: no dead end in results. */
export const hubIsIndexable = (listing: HubListing): boolean => listing.kind === 'own'

/**
 * A topic hub's content for page `page` (from 1), or null when there is no such topic or page. Every
 * read throws when the CMS cannot answer, so an outage is never cached as an empty hub or a 404.
 * Cached per render: the page and its metadata share the reads.
 */
export const loadTopicHub = cache(async (path: string, page: number): Promise<TopicHub | null> => {
  const [topic, tree] = await Promise.all([getTopic(path), getTopicTree()])
  if (!topic) return null
  const pickIds = relationIds(topic.editorsPicks)
  const [own, pickCards] = await Promise.all([
    getArticlesInTopics(subtreeIds(tree, topic.id), page),
    page === 1 ? getArticlesByIds(pickIds) : Promise.resolve([]),
  ])
  const parts = {
    topic,
    intro: page === 1 && hasText(topic.intro) ? topic.intro : null,
    picks: inOrderOf(pickIds, pickCards),
    subtopics: childrenOf(tree, topic.id),
    related: relatedTopicsOf(tree, topic.id, relationIds(topic.relatedTopics)),
  }
  if (own.totalDocs > 0) {
    if (page > own.totalPages) return null
    return { ...parts, listing: { kind: 'own', ...own } }
  }
  if (page > 1) return null
  // Nothing here or below: the nearest ancestor with anything (at most the tree's depth, four reads).
  for (const ancestor of ancestorsNearestFirst(tree, topic.id)) {
    const theirs = await getArticlesInTopics(subtreeIds(tree, ancestor.id), 1, TOPIC_PAGE_SIZE)
    if (theirs.totalDocs > 0)
      return {
        ...parts,
        listing: { kind: 'ancestor', from: ancestor, articles: theirs.articles, totalDocs: theirs.totalDocs },
      }
  }
  return { ...parts, listing: { kind: 'none' } }
})
