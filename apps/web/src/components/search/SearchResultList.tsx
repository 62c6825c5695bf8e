import { highlightParts, snippetAround, type SearchEntry } from '@haven/schemas'
import Link from 'next/link'

import { FormattedDate } from '@/components/article-meta/FormattedDate'

/** Text with every query word wrapped in `<mark>`. */
function Highlighted({ text, words }: { text: string; words: string[] }) {
  return (
    <>
      {highlightParts(text, words).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}

/** Search results: each article's title, where the words occur (or its summary) and its date. */
export function SearchResultList({
  entries,
  words,
  start,
}: {
  entries: SearchEntry[]
  words: string[]
  start: number
}) {
  return (
    <ol className="search-results" start={start}>
      {entries.map((entry) => {
        const summary = entry.summary ?? ''
        const excerpt =
          snippetAround(summary, words) === null && entry.bodyText
            ? (snippetAround(entry.bodyText, words) ?? summary)
            : summary
        return (
          <li key={entry.id}>
            <h3>
              <Link href={`/articles/${entry.slug}`}>
                <Highlighted text={entry.title} words={words} />
              </Link>
            </h3>
            {excerpt ? (
              <p>
                <Highlighted text={excerpt} words={words} />
              </p>
            ) : null}
            {entry.publishedAt ? (
              <p className="search-results__date">
                Published <FormattedDate value={entry.publishedAt} />
              </p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
