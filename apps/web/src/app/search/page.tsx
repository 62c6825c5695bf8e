import { searchParamsSchema, searchWords, SEARCH_PAGE_SIZE } from '@haven/schemas'
import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchForm } from '@/components/search/SearchForm'
import { SearchResultList } from '@/components/search/SearchResultList'
import { forgivingSearch } from '@/lib/content'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

async function readParams(searchParams: Props['searchParams']) {
  const raw = await searchParams
  return searchParamsSchema.safeParse({ q: first(raw.q) ?? '', page: first(raw.page) ?? undefined })
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = await readParams(searchParams)
  const q = parsed.success ? parsed.data.q : ''
  // Result pages are for readers, not for search engines (they would index endless query variants).
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false, follow: true } }
}

/**
 * Site search over published articles' titles, summaries and bodies. Rendered per query (the words
 * are in the URL); the CMS reads behind it are cached until an article changes, so a search costs
 * the CMS nothing until then.
 */
export default async function SearchPage({ searchParams }: Props) {
  const parsed = await readParams(searchParams)
  if (!parsed.success) {
    return (
      <>
        <h1>Search</h1>
        <SearchForm />
        <p className="notice" role="alert">
          {parsed.error.issues[0]?.message ?? 'The search could not be read.'}
        </p>
      </>
    )
  }
  const { q, page } = parsed.data
  if (!q) {
    return (
      <>
        <h1>Search</h1>
        <SearchForm />
        <p>Type a word or two (a condition, a question, a name) to search every article we publish.</p>
        <p>
          Or <Link href="/">browse the latest articles and topics</Link>.
        </p>
      </>
    )
  }
  const results = await forgivingSearch(q, page)
  // After a correction, the words shown, highlighted and paged are the corrected ones.
  const shown = results.query
  const words = searchWords(shown)
  const quoted = `“${shown}”`
  return (
    <>
      <h1>Search</h1>
      <SearchForm q={q} />
      <section aria-labelledby="results-heading">
        {results.correctedFrom ? (
          <p className="notice">
            No results for “{results.correctedFrom}”. Showing results for{' '}
            <strong>
              <Link href={`/search?${new URLSearchParams({ q: shown })}`}>{shown}</Link>
            </strong>{' '}
            instead.
          </p>
        ) : null}
        <h2 id="results-heading">
          {results.total === 0
            ? `No results for ${quoted}`
            : `${results.total} ${results.total === 1 ? 'result' : 'results'} for ${quoted}`}
        </h2>
        {results.total === 0 ? (
          <div className="notice">
            <p>No published article contains every one of these words.</p>
            <ul>
              <li>Check the spelling, or try fewer or more general words.</li>
              <li>
                Browse <Link href="/">the latest articles and our topics</Link>.
              </li>
              <li>
                If you need help now, see <Link href="/crisis-resources">crisis resources</Link>: free,
                confidential, any time.
              </li>
            </ul>
          </div>
        ) : (
          <>
            {results.truncated ? (
              <p>
                Showing the best {results.totalPages * SEARCH_PAGE_SIZE} matches. Add a word to narrow the
                search.
              </p>
            ) : null}
            <SearchResultList
              entries={results.entries}
              words={words}
              start={(results.page - 1) * SEARCH_PAGE_SIZE + 1}
            />
            {results.totalPages > 1 ? (
              <nav aria-label="Search result pages" className="pager">
                {results.page > 1 ? (
                  <Link href={`/search?${new URLSearchParams({ q: shown, page: String(results.page - 1) })}`}>
                    Previous page
                  </Link>
                ) : null}
                <span>
                  Page {results.page} of {results.totalPages}
                </span>
                {results.page < results.totalPages ? (
                  <Link href={`/search?${new URLSearchParams({ q: shown, page: String(results.page + 1) })}`}>
                    Next page
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </section>
    </>
  )
}
