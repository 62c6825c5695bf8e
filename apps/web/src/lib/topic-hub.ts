import type { ArticleCard, Topic, TopicNode } from '@haven/schemas'
import { cache } from 'react'

import { getArticlesInTopics, getTopic, getTopicTree, TOPIC_PAGE_SIZE } from './content'
import { ancestorsNearestFirst, childrenOf, subtreeIds } from './topic-tree'

/** What a topic hub lists: its own and its descendants' articles, else the nearest ancestor's. */
export type HubListing =
  | { kind: 'own'; articles: ArticleCard[]; page: number; totalPages: number; totalDocs: number }
  | { kind: 'ancestor'; from: TopicNode; articles: ArticleCard[]; totalDocs: number }
  | { kind: 'none' }

export type TopicHub = { topic: Topic; subtopics: TopicNode[]; listing: HubListing }

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
  const subtopics = childrenOf(tree, topic.id)
  const own = await getArticlesInTopics(subtreeIds(tree, topic.id), page)
  if (own.totalDocs > 0) {
    if (page > own.totalPages) return null
    return { topic, subtopics, listing: { kind: 'own', ...own } }
  }
  if (page > 1) return null
  // Nothing here or below: the nearest ancestor with anything (at most the tree's depth, four reads).
  for (const ancestor of ancestorsNearestFirst(tree, topic.id)) {
    const theirs = await getArticlesInTopics(subtreeIds(tree, ancestor.id), 1, TOPIC_PAGE_SIZE)
    if (theirs.totalDocs > 0)
      return {
        topic,
        subtopics,
        listing: { kind: 'ancestor', from: ancestor, articles: theirs.articles, totalDocs: theirs.totalDocs },
      }
  }
  return { topic, subtopics, listing: { kind: 'none' } }
})
