import { menuTree } from '@haven/schemas'
import type { Metadata } from 'next'
import Link from 'next/link'

import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { ArticleCard } from '@/components/listing/ArticleCard'
import { getLatestArticles, getNavigation } from '@/lib/content'

/**
 * Rendered on first request and cached (see the rewrite of `/` in next.config.ts) until the CMS says
 * it changed, or hourly, like every page with the footer (its trust badges end by date).
 */
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { edition: string }[] {
  return []
}

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params
  if (edition !== 'latest') return <NotFoundStatus />
  const [featured, latest, navigation] = await Promise.all([
    getLatestArticles({ featured: true, limit: 3 }),
    getLatestArticles({ limit: 9 }),
    getNavigation(),
  ])
  const topics = navigation ? menuTree(navigation).filter((item) => item.href?.startsWith('/topics/')) : []
  return (
    <>
      <h1>Mental-health writing you can trust</h1>
      <p className="notice">Every article is reviewed by a licensed clinician before it reaches you.</p>
      {featured.length ? (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading">Featured</h2>
          <ul className="card-grid">
            {featured.map((article, index) => (
              <li key={article.id}>
                <ArticleCard article={article} preload={index === 0} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest articles</h2>
        {latest.length ? (
          <ul className="card-grid">
            {latest.map((article, index) => (
              <li key={article.id}>
                <ArticleCard article={article} preload={!featured.length && index === 0} />
              </li>
            ))}
          </ul>
        ) : (
          <p>No articles are published yet.</p>
        )}
      </section>
      {topics.length ? (
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading">Explore topics</h2>
          <ul className="topic-links">
            {topics.map((topic) => (
              <li key={topic.href}>
                <Link href={topic.href!}>{topic.label}</Link>
                {topic.children.length ? (
                  <ul>
                    {topic.children.slice(0, 6).map((child) =>
                      child.href ? (
                        <li key={child.href}>
                          <Link href={child.href}>{child.label}</Link>
                        </li>
                      ) : null,
                    )}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
