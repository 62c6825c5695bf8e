import '@/components/article/test-env'

import { articleSchema } from '@haven/schemas'
import { render } from '@testing-library/react'

import { ArticleJsonLd } from './ArticleJsonLd'

const stamp = '2026-01-01T00:00:00.000Z'
const article = (sources: unknown[]) =>
  articleSchema.parse({
    id: 1,
    title: 'Signs of Depression',
    slug: 'signs-of-depression',
    summary: 'How to recognize it.',
    heroImage: 1,
    authors: [1],
    topics: [1],
    publishedAt: stamp,
    updatedAt: stamp,
    createdAt: stamp,
    body: { root: { type: 'root', children: [] } },
    sources,
  })

/** The structured data the page embeds, parsed back. */
function jsonLd(sources: unknown[]) {
  const { container } = render(<ArticleJsonLd article={article(sources)} breadcrumbs={[]} />)
  const script = container.querySelector('script[type="application/ld+json"]')
  return JSON.parse(script!.innerHTML) as [{ mainEntity: { citation?: unknown } }]
}

describe('ArticleJsonLd', () => {
  it('gives the Article its sources as `citation`, with DOI and PubMed addresses as sameAs', () => {
    const [page] = jsonLd([
      {
        title: 'Depression',
        publisher: 'National Institute of Mental Health',
        url: 'https://www.nimh.nih.gov/health/topics/depression',
      },
      {
        title: 'A <study>',
        publisher: 'Journal of Examples',
        year: 2020,
        url: 'https://journal.example/1',
        doi: '10.1000/xyz123',
        pmid: '123',
      },
    ])
    expect(page.mainEntity.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Depression',
        publisher: { '@type': 'Organization', name: 'National Institute of Mental Health' },
        url: 'https://www.nimh.nih.gov/health/topics/depression',
      },
      {
        '@type': 'CreativeWork',
        name: 'A <study>',
        publisher: { '@type': 'Organization', name: 'Journal of Examples' },
        datePublished: '2020',
        url: 'https://journal.example/1',
        sameAs: ['https://doi.org/10.1000/xyz123', 'https://pubmed.ncbi.nlm.nih.gov/123/'],
      },
    ])
  })

  it('has no `citation` for an article without sources', () => {
    expect(jsonLd([])[0].mainEntity).not.toHaveProperty('citation')
  })
})
