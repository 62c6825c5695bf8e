import { populatedOnly, type PersonSummary, type TableOfContentsEntry } from '@haven/schemas'
import Link from 'next/link'

import { TableOfContents } from '@/components/article'

function People({ label, people }: { label: string; people: PersonSummary[] }) {
  if (!people.length) return null
  return (
    <p>
      {label}{' '}
      {people.map((person, index) => (
        <span key={person.id}>
          {index > 0 ? ', ' : null}
          <Link href={`/people/${person.slug}`}>{person.name}</Link>
          {person.credentialsLabel ? `, ${person.credentialsLabel}` : null}
        </span>
      ))}
    </p>
  )
}

/**
 * The reference page's sidebar: who wrote and who reviewed the article, and its table of contents,
 * kept in view beside the text on wide screens (the current section highlighted as the reader goes).
 * On narrow screens it is the table of contents under the article's header, and the byline above it
 * is not repeated.
 */
export function ArticleAside({
  authors,
  reviewers,
  entries,
}: {
  authors: (PersonSummary | number | string)[]
  reviewers: (PersonSummary | number | string)[]
  entries: readonly TableOfContentsEntry[]
}) {
  return (
    <div className="article-aside">
      <div className="article-aside__byline">
        <People label="Written by" people={populatedOnly(authors)} />
        <People label="Reviewed by" people={populatedOnly(reviewers)} />
      </div>
      <TableOfContents entries={entries} />
    </div>
  )
}
