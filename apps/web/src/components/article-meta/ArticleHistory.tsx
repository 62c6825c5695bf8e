import { populated, type ArticleHistoryEntry, type PersonSummary } from '@haven/schemas'
import Link from 'next/link'

import { credentialsOf } from '@/components/article/person-credit'

const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

const what: Record<Exclude<ArticleHistoryEntry['change'], 'reviewed'>, string> = {
  published: 'Published',
  updated: 'Updated',
  'published-without-review': 'Published without a clinical review',
}

const when = (date: string) => <time dateTime={date}>{format.format(new Date(date))}</time>

function PersonName({ person, fallback }: { person: PersonSummary | null; fallback?: string | null }) {
  if (!person) return <>{fallback ?? 'the Haven team'}</>
  const credentials = credentialsOf(person)
  return (
    <>
      <Link href={`/people/${person.slug}`}>{person.name}</Link>
      {credentials ? `, ${credentials}` : null}
    </>
  )
}

/**
 * The article's history, newest first: each published version, what happened, who published it and
 * which licensed clinician reviewed it (with credentials) and when. A re-review of unchanged content is
 * the clinician's entry, not the publisher's; one that names no clinician is no review and is not shown.
 */
export function ArticleHistory({ history }: { history: ArticleHistoryEntry[] }) {
  const entries = history
    .filter((entry) => entry.change !== 'reviewed' || entry.reviewedBy != null)
    .sort((a, b) => b.date.localeCompare(a.date))
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="history-heading" className="article-history">
      <h2 id="history-heading">Article history</h2>
      <ol>
        {entries.map((entry, index) => {
          const reviewer = populated(entry.reviewedBy ?? null)
          const reviewedOn = entry.reviewedAt ? <> on {when(entry.reviewedAt)}</> : null
          if (entry.change === 'reviewed')
            return (
              <li key={entry.id ?? index}>
                {when(entry.date)}
                {': '}
                <strong>Clinically re-reviewed</strong> by <PersonName person={reviewer} />
                {reviewedOn}; the content did not change.
              </li>
            )
          return (
            <li key={entry.id ?? index}>
              {when(entry.date)}
              {': '}
              <strong>{what[entry.change]}</strong> by{' '}
              <PersonName person={populated(entry.publishedBy ?? null)} fallback={entry.publishedByName} />.
              {reviewer ? (
                <>
                  {' '}
                  Clinically reviewed by <PersonName person={reviewer} />
                  {reviewedOn}.
                </>
              ) : null}
              {entry.reason ? <> Reason: {entry.reason}</> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
