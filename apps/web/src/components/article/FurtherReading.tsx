import { documentHref, populatedOnly, type FurtherReadingBlock } from '@haven/schemas'
import Link from 'next/link'
import { useId } from 'react'

import { Heading, type HeadingLevel } from './Heading'

/** Links to related articles; articles the reader may not read (only an id) are left out. */
export function FurtherReading({
  block,
  headingLevel = 3,
}: {
  block: Pick<FurtherReadingBlock, 'title' | 'articles'>
  headingLevel?: HeadingLevel
}) {
  const headingId = useId()
  const articles = populatedOnly(block.articles)
  if (!articles.length) return null
  return (
    <section aria-labelledby={headingId} className="article-further-reading">
      <Heading level={headingLevel} id={headingId}>
        {block.title?.trim() || 'Further reading'}
      </Heading>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={documentHref('articles', article)}>{article.title}</Link>
            <p>{article.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
