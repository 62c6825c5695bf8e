const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** A date as readers see it everywhere on the site ("March 3, 2026"), machine-readable too. */
export function FormattedDate({ value }: { value: string }) {
  return <time dateTime={value}>{format.format(new Date(value))}</time>
}
