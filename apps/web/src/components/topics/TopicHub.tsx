import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/listing/ArticleList'
import { Breadcrumbs } from '@/components/listing/Breadcrumbs'
import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { EditorsPicks, relatedHeading, TopicIntro, TopicLinks } from '@/components/topics/HubParts'
import { HubTherapists } from '@/components/topics/HubTherapists'
import { notFoundMetadata } from '@/lib/not-found-metadata'
import { hubIsIndexable, loadTopicHub, type TopicHub as Hub } from '@/lib/topic-hub'

/** A hub page's own address: page 1 is the topic's address, later pages add `?page=`. */
export const hubHref = (path: string, page: number): string =>
  page > 1 ? `/topics/${path}?page=${page}` : `/topics/${path}`

export async function topicHubMetadata(path: string, page: number): Promise<Metadata> {
  // A CMS outage is the page's to report (the same read throws there, so nothing is cached): the
  // metadata falls back to the defaults, and the error page keeps the site's title.
  const hub = await loadTopicHub(path, page).catch(() => undefined)
  if (hub === undefined) return {}
  if (!hub) return notFoundMetadata
  const { topic, listing } = hub
  return {
    title: page > 1 ? `${topic.title} (page ${page})` : topic.title,
    description: topic.description ?? undefined,
    alternates: { canonical: hubHref(topic.path, page) },
    ...(hubIsIndexable(listing) ? {} : { robots: { index: false, follow: true } }),
  }
}

/**
 * A topic hub: breadcrumbs, the editors' introduction and picks, sub-topics, its own and its
 * descendants' articles (paged) or its nearest ancestor's, the topics to go to next and (first page)
 * the therapists who treat it.
 */
export async function TopicHub({ path, page }: { path: string; page: number }) {
  const hub = await loadTopicHub(path, page)
  if (!hub) return <NotFoundStatus />
  const { topic, intro, picks, subtopics, related } = hub
  const crumbs = [
    { name: 'Home', href: '/' },
    ...topic.breadcrumbs.map((crumb) => ({ name: crumb.label ?? '', href: crumb.url ?? '/' })),
  ]
  // The trail ends with the topic itself; the one before it is the parent.
  const parentTitle = topic.breadcrumbs.at(-2)?.label ?? null
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <h1>{topic.title}</h1>
      {topic.description ? <p className="notice">{topic.description}</p> : null}
      <TopicIntro intro={intro} />
      <EditorsPicks picks={picks} />
      <TopicLinks id="subtopics-heading" title={`Topics in ${topic.title}`} topics={subtopics} />
      <HubArticles hub={hub} />
      <TopicLinks id="related-topics" title={relatedHeading(related, parentTitle)} topics={related.topics} />
      {page === 1 ? <HubTherapists path={topic.path} breadcrumbs={topic.breadcrumbs} /> : null}
    </>
  )
}

function HubArticles({ hub: { topic, listing } }: { hub: Hub }) {
  if (listing.kind === 'own')
    return (
      <>
        <ArticleList
          id="topic-articles"
          title={`Articles on ${topic.title}`}
          articles={listing.articles}
          empty="No articles on this topic yet."
        />
        {listing.totalPages > 1 ? (
          <nav aria-label={`Pages of articles on ${topic.title}`} className="pager">
            {listing.page > 1 ? (
              <Link href={hubHref(topic.path, listing.page - 1)}>Previous page</Link>
            ) : null}
            <span>
              Page {listing.page} of {listing.totalPages}
            </span>
            {listing.page < listing.totalPages ? (
              <Link href={hubHref(topic.path, listing.page + 1)}>Next page</Link>
            ) : null}
          </nav>
        ) : null}
      </>
    )
  if (listing.kind === 'ancestor')
    return (
      <>
        <ArticleList
          id="topic-articles"
          title={`Nothing here yet. From ${listing.from.title}:`}
          articles={listing.articles}
          empty=""
        />
        {listing.totalDocs > listing.articles.length ? (
          <p>
            <Link href={`/topics/${listing.from.path}`}>All articles on {listing.from.title}</Link>
          </p>
        ) : null}
      </>
    )
  return (
    <ArticleList
      id="topic-articles"
      title={`Articles on ${topic.title}`}
      articles={[]}
      empty="No articles on this topic yet."
    />
  )
}
