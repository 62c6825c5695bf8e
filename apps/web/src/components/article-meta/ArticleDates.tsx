import { FormattedDate } from './FormattedDate'

/**
 * Published, updated, last-reviewed and next-review dates: one value each, formatted once,
 * machine-readable too. The next review is shown only beside a last review: it is that review's due
 * date, and an article published without one has nothing to count from.
 */
export function ArticleDates({
  publishedAt,
  contentUpdatedAt,
  lastReviewedAt,
  nextReviewDue,
}: {
  publishedAt: string
  contentUpdatedAt?: string | null
  lastReviewedAt?: string | null
  nextReviewDue?: string | null
}) {
  const rows = [
    { label: 'Published', value: publishedAt },
    {
      label: 'Updated',
      value: contentUpdatedAt && contentUpdatedAt !== publishedAt ? contentUpdatedAt : null,
    },
    { label: 'Last clinically reviewed', value: lastReviewedAt ?? null },
    { label: 'Next review due', value: lastReviewedAt ? (nextReviewDue ?? null) : null },
  ].filter((row): row is { label: string; value: string } => Boolean(row.value))
  return (
    <dl className="article-dates">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>
            <FormattedDate value={row.value} />
          </dd>
        </div>
      ))}
    </dl>
  )
}
