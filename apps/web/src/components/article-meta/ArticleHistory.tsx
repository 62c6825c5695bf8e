import { populated, type ArticleHistoryEntry, type PersonSummary } from '@haven/schemas'
import Link from 'next/link'

import { credentialsOf } from '@/components/article/person-credit'

const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

const what: Record<ArticleHistoryEntry['change'], string> = {
  published: 'Published',
  updated: 'Updated',
  reviewed: 'Clinically re-reviewed',
  'published-without-review': 'Published without a clinical review',
}

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
 * which licensed clinician reviewed it (with credentials) and when.
 */
export function ArticleHistory({ history }: { history: ArticleHistoryEntry[] }) {
  if (history.length === 0) return null
  const entries = [...history].sort((a, b) => b.date.localeCompare(a.date))
  return (
    <section aria-labelledby="history-heading" className="article-history">
      <h2 id="history-heading">Article history</h2>
      <ol>
        {entries.map((entry, index) => {
          const reviewer = populated(entry.reviewedBy ?? null)
          return (
            <li key={entry.id ?? index}>
              <time dateTime={entry.date}>{format.format(new Date(entry.date))}</time>
              {': '}
              <strong>{what[entry.change]}</strong> by{' '}
              <PersonName person={populated(entry.publishedBy ?? null)} fallback={entry.publishedByName} />.
              {reviewer ? (
                <>
                  {' '}
                  Clinically reviewed by <PersonName person={reviewer} />
                  {entry.reviewedAt ? (
                    <>
                      {' '}
                      on <time dateTime={entry.reviewedAt}>{format.format(new Date(entry.reviewedAt))}</time>
                    </>
                  ) : null}
                  .
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
