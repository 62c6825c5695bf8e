import type { TableOfContentsEntry } from '@haven/schemas'

import { TableOfContentsHighlighter } from './TableOfContentsHighlighter'

/**
 * Links to the article's sections, by their short labels. `entries` come from `tableOfContents(body)`,
 * the same function `RichText` takes its heading anchors from. A second copy on the page (the sidebar)
 * needs its own `label`: two navigation landmarks must not share a name.
 */
export function TableOfContents({
  entries,
  label = 'Table of contents',
}: {
  entries: readonly TableOfContentsEntry[]
  label?: string
}) {
  if (!entries.length) return null
  return (
    <nav aria-label={label} className="article-toc" data-article-toc="">
      <p className="article-toc__title" aria-hidden="true">
        In this article
      </p>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.label}</a>
          </li>
        ))}
      </ol>
      <TableOfContentsHighlighter ids={entries.map((entry) => entry.id)} />
    </nav>
  )
}
