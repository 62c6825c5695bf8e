import {
  directorySearchQuery,
  parseDirectorySearch,
  widenSuggestions,
  type DirectorySearchParams,
  type TopicNode,
} from '@haven/schemas'
import type { Metadata } from 'next'
import Link from 'next/link'

import { DirectorySearchForm } from '@/components/directory/DirectorySearchForm'
import { TherapistCard } from '@/components/directory/TherapistCard'
import { getTopicTree, searchDirectory } from '@/lib/content'

import '@/components/directory/directory.css'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Find a Therapist',
  description:
    'Search licensed therapists by ZIP code, city or state, issue, approach, insurance, fee and more. Every listing’s licence is checked by Haven’s staff; placement is never sold.',
  alternates: { canonical: '/directory' },
}

/** Topics of one group of the menu (Mental Health, Therapy Techniques): its direct children, as options. */
function optionsUnder(tree: TopicNode[], root: string) {
  return tree
    .filter((topic) => topic.path.startsWith(`${root}/`) && topic.path.split('/').length === 2)
    .map((topic) => ({ value: topic.slug, label: topic.title }))
}

function pageHref(params: DirectorySearchParams, page: number) {
  const query = directorySearchQuery({ ...params, page })
  return `/directory${query ? `?${query}` : ''}`
}

/**
 * Find a Therapist: the search form (a GET form: filters in the query string, no JavaScript needed)
 * and the verified listings that match, in the CMS's fair order. Rendered per filter set; the CMS
 * search behind it is cached per filter set and day until a listing changes.
 */
export default async function DirectoryPage({ searchParams }: Props) {
  const parsed = parseDirectorySearch(await searchParams)
  const tree = await getTopicTree()
  const issues = optionsUnder(tree, 'mental-health')
  const approaches = optionsUnder(tree, 'therapy-techniques')
  const intro = (
    <>
      <h1>Find a Therapist</h1>
      <p>
        Every therapist listed here has had their licence checked by Haven’s staff against their state’s
        licence lookup. Results near you are shown nearest first; listings equally near take turns at the top
        each day. No one can pay for a place.
      </p>
    </>
  )
  if (!parsed.ok)
    return (
      <>
        {intro}
        <DirectorySearchForm params={{}} issues={issues} approaches={approaches} />
        <p className="notice" role="alert">
          This search could not be read: {parsed.message}
        </p>
      </>
    )
  const { params } = parsed
  const now = new Date()
  const result = await searchDirectory(params, now.toISOString().slice(0, 10))
  const suggestions = widenSuggestions(params)
  const where = result.location.label
    ? `${result.location.radiusMiles ? `within ${result.location.radiusMiles} miles of ` : 'in '}${result.location.label}${params.online ? ' (online)' : ''}`
    : params.online
      ? 'online'
      : ''
  return (
    <>
      {intro}
      <DirectorySearchForm params={params} issues={issues} approaches={approaches} />
      <section aria-labelledby="directory-results">
        <h2 id="directory-results">
          {result.totalDocs === 0
            ? `No therapists found${where ? ` ${where}` : ''}`
            : `${result.totalDocs} ${result.totalDocs === 1 ? 'therapist' : 'therapists'}${where ? ` ${where}` : ''}`}
        </h2>
        {result.totalDocs === 0 ? (
          <div className="notice">
            {suggestions.length ? (
              <>
                <p>Try widening your search to include:</p>
                <ul>
                  {suggestions.map((suggestion) => (
                    <li key={suggestion}>{suggestion}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>No verified therapist is listed yet.</p>
            )}
            <p>
              <Link href="/directory">Start a new search</Link>, or if you need help now, see{' '}
              <Link href="/crisis-resources">crisis resources</Link>: free, confidential, any time.
            </p>
          </div>
        ) : (
          <>
            <ul className="therapist-list">
              {result.docs.map((card) => (
                <li key={card.id}>
                  <TherapistCard card={card} now={now} />
                </li>
              ))}
            </ul>
            {result.totalPages > 1 ? (
              <nav aria-label="Result pages" className="pager">
                {result.page > 1 ? <Link href={pageHref(params, result.page - 1)}>Previous page</Link> : null}
                <span>
                  Page {result.page} of {result.totalPages}
                </span>
                {result.page < result.totalPages ? (
                  <Link href={pageHref(params, result.page + 1)}>Next page</Link>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </section>
    </>
  )
}
