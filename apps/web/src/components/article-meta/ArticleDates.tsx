import { FormattedDate } from './FormattedDate'

/** Published, updated and last-reviewed dates: one value each, formatted once, machine-readable too. */
export function ArticleDates({
  publishedAt,
  contentUpdatedAt,
  lastReviewedAt,
}: {
  publishedAt: string
  contentUpdatedAt?: string | null
  lastReviewedAt?: string | null
}) {
  const rows = [
    { label: 'Published', value: publishedAt },
    {
      label: 'Updated',
      value: contentUpdatedAt && contentUpdatedAt !== publishedAt ? contentUpdatedAt : null,
    },
    { label: 'Last clinically reviewed', value: lastReviewedAt ?? null },
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
