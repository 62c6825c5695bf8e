import { HUB_LIST_LIMIT } from '@haven/schemas'

import { topicSeeds } from '../navigation'
import { articles } from './articles'
import { topicHubs } from './topic-hubs'

const topics = topicSeeds()
const paths = new Set(topics.map((topic) => topic.path))
const slugs = new Set(articles.map((article) => article.slug))
/** Topics with at least one seeded article filed directly under them. */
const covered = new Set(articles.flatMap((article) => article.topics))

describe('the seed’s topic hubs', () => {
  it('files every article under known topics', () => {
    for (const article of articles)
      for (const path of article.topics) expect([article.slug, paths.has(path)]).toEqual([article.slug, true])
  })

  it('gives every top-level topic an article of its own', () => {
    const roots = topics.filter((topic) => topic.parentPath === null).map((topic) => topic.path)
    expect(roots.length).toBeGreaterThanOrEqual(5)
    expect(roots.filter((path) => !covered.has(path))).toEqual([])
  })

  it('gives at least 20 subtopics an article of their own', () => {
    const subtopics = topics.filter((topic) => topic.parentPath !== null && covered.has(topic.path))
    expect(subtopics.length).toBeGreaterThanOrEqual(20)
  })

  it('writes an introduction, picks and related topics for every top-level topic', () => {
    const withHub = new Set(topicHubs.map((hub) => hub.path))
    const roots = topics.filter((topic) => topic.parentPath === null).map((topic) => topic.path)
    expect(roots.filter((path) => !withHub.has(path))).toEqual([])
    for (const hub of topicHubs) {
      expect(hub.intro.join(' ').length).toBeGreaterThan(100)
      expect(hub.editorsPicks.length).toBeGreaterThan(0)
      expect(hub.editorsPicks.length).toBeLessThanOrEqual(HUB_LIST_LIMIT.editorsPicks)
      expect(hub.relatedTopics.length).toBeLessThanOrEqual(HUB_LIST_LIMIT.relatedTopics)
    }
  })

  it('picks seeded articles and relates existing topics other than the hub itself, each once', () => {
    for (const hub of topicHubs) {
      expect(paths.has(hub.path)).toBe(true)
      expect(hub.editorsPicks.filter((slug) => !slugs.has(slug))).toEqual([])
      expect(hub.relatedTopics.filter((path) => !paths.has(path) || path === hub.path)).toEqual([])
      expect(new Set(hub.editorsPicks).size).toBe(hub.editorsPicks.length)
      expect(new Set(hub.relatedTopics).size).toBe(hub.relatedTopics.length)
    }
  })
})
