import type { ArticleCard, LexicalDocument, TopicNode } from '@haven/schemas'
import Link from 'next/link'

import { RichText } from '@/components/article'
import { ArticleList } from '@/components/listing/ArticleList'

/** The editors' introduction, in the reading measure under the title. */
export function TopicIntro({ intro }: { intro: LexicalDocument | null }) {
  if (!intro) return null
  return (
    <div className="topic-intro">
      <RichText body={intro} />
    </div>
  )
}

/** The editors' picks as cards; nothing at all when there are none a reader may read. */
export function EditorsPicks({ picks }: { picks: ArticleCard[] }) {
  if (!picks.length) return null
  return <ArticleList id="editors-picks" title="Editors’ picks" articles={picks} empty="" />
}

/** A titled wrap of topic pills (subtopics, related topics); nothing when the list is empty. */
export function TopicLinks({ id, title, topics }: { id: string; title: string; topics: TopicNode[] }) {
  if (!topics.length) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="topic-links">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link href={`/topics/${topic.path}`}>{topic.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The heading over the topics a hub offers next: the editors' choice, or the topic's neighbours. */
export function relatedHeading(related: { chosen: boolean }, parentTitle: string | null): string {
  if (related.chosen) return 'Related topics'
  return parentTitle ? `More in ${parentTitle}` : 'More topics'
}
