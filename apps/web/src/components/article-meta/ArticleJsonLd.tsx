import { doiUrl, populated, populatedOnly, pubmedUrl, type Article, type ArticleSource } from '@haven/schemas'

import { env } from '@/env'
import { sharedImageUrl } from '@/lib/media'

/**
 * Structured data: a MedicalWebPage (reviewedBy, lastReviewed) whose mainEntity is the Article, with
 * authors as Person with their credentials and its cited sources, and the page's BreadcrumbList.
 */
export function ArticleJsonLd({
  article,
  breadcrumbs,
}: {
  article: Article
  breadcrumbs: { name: string; href: string }[]
}) {
  const url = `${env.WEB_URL}/articles/${article.slug}`
  const hero = populated(article.heroImage)
  const person = (
    p: ReturnType<typeof populatedOnly<Exclude<Article['authors'][number], number | string>>>[number],
  ) => ({
    '@type': 'Person',
    name: p.name,
    url: `${env.WEB_URL}/people/${p.slug}`,
    hasCredential: (p.credentials ?? []).map((c) => ({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: c.clinical ? 'license' : 'degree',
      name: c.title,
      alternateName: c.abbreviation,
    })),
  })
  const data = [
    {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url,
      name: article.title,
      lastReviewed: article.lastReviewedAt ?? undefined,
      reviewedBy: populatedOnly(article.reviewers).map(person),
      mainEntity: {
        '@type': 'Article',
        headline: article.title,
        description: article.summary,
        datePublished: article.publishedAt,
        dateModified: article.contentUpdatedAt ?? article.publishedAt,
        image: hero ? `${env.WEB_URL}${sharedImageUrl(hero)}` : undefined,
        mainEntityOfPage: url,
        author: populatedOnly(article.authors).map(person),
        citation: article.sources.length ? article.sources.map(citation) : undefined,
      },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: breadcrumbs.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: `${env.WEB_URL}${crumb.href}`,
      })),
    },
  ]
  // JSON in a script element: `<` is escaped so no text in the data can close the element.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}

/** A cited source as a schema.org CreativeWork; its DOI and PubMed record are the same work elsewhere. */
function citation(source: ArticleSource) {
  const sameAs = [source.doi ? doiUrl(source.doi) : null, source.pmid ? pubmedUrl(source.pmid) : null].filter(
    (url): url is string => url !== null,
  )
  return {
    '@type': 'CreativeWork',
    name: source.title,
    publisher: { '@type': 'Organization', name: source.publisher },
    datePublished: source.year ? String(source.year) : undefined,
    url: source.url,
    sameAs: sameAs.length ? sameAs : undefined,
  }
}
