import { populated, populatedOnly, tableOfContents } from '@haven/schemas'
import type { Metadata } from 'next'
import Image from 'next/image'
import { draftMode } from 'next/headers'
import { cache } from 'react'

import { RichText, Sources } from '@/components/article'
import '@/components/article/article.css'
import { ArticleAside } from '@/components/article-meta/ArticleAside'
import { AuthorBox } from '@/components/article-meta/AuthorBox'
import { ArticleDates } from '@/components/article-meta/ArticleDates'
import { ArticleHistory } from '@/components/article-meta/ArticleHistory'
import { ArticleJsonLd } from '@/components/article-meta/ArticleJsonLd'
import { Byline } from '@/components/article-meta/Byline'
import { PreviewBanner } from '@/components/article-meta/PreviewBanner'
import { NotFoundStatus } from '@/components/not-found/NotFoundStatus'
import { ArticleCard } from '@/components/listing/ArticleCard'
import { Breadcrumbs } from '@/components/listing/Breadcrumbs'
import { getArticle, getRecentArticles, getSiteSettings } from '@/lib/content'
import { imageProps, sharedImageUrl } from '@/lib/media'
import { redirectIfMoved } from '@/lib/moved'
import { notFoundMetadata } from '@/lib/not-found-metadata'
import { draftSessionToken, getDraftArticle } from '@/lib/preview'

/** Rendered on first request, then cached until the CMS says it changed (or hourly, for badge dates). */
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string }> }

const articleBySlug = cache(getArticle)

/**
 * The CMS token of a staff member previewing, only in draft mode and only with their own draft session
 * (see lib/preview.ts); `null` for everyone else. Outside draft mode nothing here reads cookies, so the
 * page stays cached.
 */
const previewToken = cache(async () => ((await draftMode()).isEnabled ? draftSessionToken() : null))

/** The published article, or for a staff member previewing the latest draft read with their own token. */
const articleFor = cache(async (slug: string) => {
  const token = await previewToken()
  return token ? getDraftArticle(slug, token) : articleBySlug(slug)
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  // A CMS outage is the page's to report (the same read throws there, so nothing is cached): the
  // metadata falls back to the defaults, and the error page keeps the site's title.
  const article = await articleFor(slug).catch(() => null)
  if (!article) return notFoundMetadata
  const hero = populated(article.heroImage)
  const title = article.meta?.title ?? article.title
  const description = article.meta?.description ?? article.summary
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: 'article',
      title,
      description,
      url: `/articles/${article.slug}`,
      publishedTime: article.publishedAt,
      modifiedTime: article.contentUpdatedAt ?? undefined,
      images: hero ? [{ url: sharedImageUrl(hero), alt: hero.alt ?? '' }] : undefined,
    },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const preview = Boolean(await previewToken())
  const article = await articleFor(slug)
  if (!article) {
    await redirectIfMoved(`/articles/${slug}`)
    return <NotFoundStatus />
  }
  const [settings, recent] = await Promise.all([getSiteSettings(), getRecentArticles(article.slug)])
  const toc = tableOfContents(article.body)
  const hero = populated(article.heroImage)
  const authors = populatedOnly(article.authors)
  const topic = populatedOnly(article.topics)[0]
  const breadcrumbs = [
    { name: 'Home', href: '/' },
    ...(topic?.breadcrumbs ?? []).map((crumb) => ({ name: crumb.label ?? '', href: crumb.url ?? '/' })),
    { name: article.title, href: `/articles/${article.slug}` },
  ]

  return (
    <article className="article article--with-aside">
      {preview ? <PreviewBanner path={`/articles/${article.slug}`} /> : null}
      <ArticleJsonLd article={article} breadcrumbs={breadcrumbs} />
      <Breadcrumbs crumbs={breadcrumbs} />
      <header className="article__header">
        <h1>{article.title}</h1>
        <p className="article__summary">{article.summary}</p>
        <Byline authors={article.authors} reviewers={article.reviewers} />
        <ArticleDates
          publishedAt={article.publishedAt}
          contentUpdatedAt={article.contentUpdatedAt}
          lastReviewedAt={article.lastReviewedAt}
          nextReviewDue={article.nextReviewDue}
        />
        {hero ? (
          <Image
            {...imageProps(hero, 'hero')}
            alt={hero.alt ?? ''}
            // The largest paint on a phone: preloaded from <head> and fetched before the other images.
            preload
            fetchPriority="high"
            sizes="(max-width: 48rem) 100vw, 48rem"
            className="article__hero"
          />
        ) : null}
      </header>
      <ArticleAside authors={article.authors} reviewers={article.reviewers} entries={toc} />
      <div className="article__body">
        <RichText
          body={article.body}
          disclosureTemplate={settings?.disclosureTemplate}
          author={authors[0] ?? null}
          sourceCount={article.sources.length}
        />
      </div>
      <Sources sources={article.sources} body={article.body} />
      <AuthorBox authors={authors} />
      <ArticleHistory history={article.history} />
      {recent.length ? (
        <section aria-labelledby="recent-heading" className="recent-articles">
          <h2 id="recent-heading">Recent articles</h2>
          <ul className="card-grid">
            {recent.map((item) => (
              <li key={item.id}>
                <ArticleCard article={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
