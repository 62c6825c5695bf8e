import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ArticleList } from '@/components/listing/ArticleList'
import { Breadcrumbs } from '@/components/listing/Breadcrumbs'
import { getArticlesWhere, getSubtopics, getTopic } from '@/lib/content'

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { path: string[] }[] {
  return []
}

type Props = { params: Promise<{ path: string[] }> }

const topicByPath = cache(getTopic)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A CMS outage is the page's to report (the same read throws there, so nothing is cached): the
  // metadata falls back to the defaults, and the error page keeps the site's title.
  const topic = await topicByPath((await params).path.join('/')).catch(() => null)
  if (!topic) return {}
  return {
    title: topic.title,
    description: topic.description ?? undefined,
    alternates: { canonical: `/topics/${topic.path}` },
  }
}

/** A topic: its breadcrumbs in the tree, its sub-topics and its articles. */
export default async function TopicPage({ params }: Props) {
  const topic = await topicByPath((await params).path.join('/'))
  if (!topic) notFound()
  const [subtopics, articles] = await Promise.all([
    getSubtopics(topic.id),
    getArticlesWhere({ topics: { in: topic.id } }),
  ])
  const crumbs = [
    { name: 'Home', href: '/' },
    ...topic.breadcrumbs.map((crumb) => ({ name: crumb.label ?? '', href: crumb.url ?? '/' })),
  ]
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <h1>{topic.title}</h1>
      {topic.description ? <p className="notice">{topic.description}</p> : null}
      {subtopics.length ? (
        <section aria-labelledby="subtopics-heading">
          <h2 id="subtopics-heading">Topics in {topic.title}</h2>
          <ul className="topic-links">
            {subtopics.map((sub) => (
              <li key={sub.id}>
                <Link href={`/topics/${sub.path}`}>{sub.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ArticleList
        id="topic-articles"
        title={`Articles on ${topic.title}`}
        articles={articles}
        empty="No articles on this topic yet."
      />
    </>
  )
}
