import { articleFieldsSchema } from '@haven/schemas'
import { render, screen } from '@testing-library/react'

import { ArticleDates } from './ArticleDates'

/** The dates as the web parses them from the CMS. */
const dates = articleFieldsSchema
  .pick({ publishedAt: true, contentUpdatedAt: true, lastReviewedAt: true, nextReviewDue: true })
  .parse({
    publishedAt: '2025-01-10T09:00:00.000Z',
    contentUpdatedAt: '2026-03-02T09:00:00.000Z',
    lastReviewedAt: '2026-03-01T09:00:00.000Z',
    nextReviewDue: '2027-03-01T09:00:00.000Z',
  })

const rows = () =>
  screen.getAllByRole('term').map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`)

describe('ArticleDates', () => {
  it('shows "Next review due" beside "Last clinically reviewed", as dates readers and machines read', () => {
    render(<ArticleDates {...dates} />)
    expect(rows()).toEqual([
      'Published: January 10, 2025',
      'Updated: March 2, 2026',
      'Last clinically reviewed: March 1, 2026',
      'Next review due: March 1, 2027',
    ])
    expect(screen.getByText('March 1, 2027')).toHaveAttribute('dateTime', '2027-03-01T09:00:00.000Z')
  })

  it('shows no next review for an article never clinically reviewed', () => {
    render(<ArticleDates publishedAt={dates.publishedAt} nextReviewDue={dates.nextReviewDue} />)
    expect(rows()).toEqual(['Published: January 10, 2025'])
  })
})
