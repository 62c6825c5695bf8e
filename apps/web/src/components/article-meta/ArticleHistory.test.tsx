import { articleHistoryEntrySchema } from '@haven/schemas'
import { render, screen, within } from '@testing-library/react'

import { person } from '@/components/article/fixtures'

import { ArticleHistory } from './ArticleHistory'

const tomas = person('Tomás Lindqvist', 'MD', { roles: ['reviewer'], slug: 'tomas-lindqvist' })
const entry = (data: Record<string, unknown>) => articleHistoryEntrySchema.parse(data)

describe('ArticleHistory', () => {
  it('lists each published version newest first, with who published it and the reviewer’s credentials', () => {
    render(
      <ArticleHistory
        history={[
          entry({
            date: '2025-01-10T09:00:00.000Z',
            change: 'published',
            publishedByName: 'Eli Editor',
            reviewedBy: tomas,
            reviewedAt: '2025-01-08T09:00:00.000Z',
          }),
          entry({
            date: '2026-03-02T09:00:00.000Z',
            change: 'updated',
            publishedByName: 'Eli Editor',
            reviewedBy: tomas,
            reviewedAt: '2026-03-01T09:00:00.000Z',
          }),
        ]}
      />,
    )
    const history = screen.getByRole('region', { name: 'Article history' })
    const items = within(history).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(
      'March 2, 2026: Updated by Eli Editor. Clinically reviewed by Tomás Lindqvist, MD on March 1, 2026.',
    )
    expect(items[1]).toHaveTextContent('January 10, 2025: Published by Eli Editor.')
    expect(within(items[0]!).getByRole('link', { name: 'Tomás Lindqvist' })).toHaveAttribute(
      'href',
      `/people/${tomas.slug}`,
    )
  })

  it('says plainly when a version was published without a clinical review, and why', () => {
    render(
      <ArticleHistory
        history={[
          entry({
            date: '2026-04-01T09:00:00.000Z',
            change: 'published-without-review',
            publishedByName: 'Ada Admin',
            reason: 'Corrected a crisis line number.',
          }),
        ]}
      />,
    )
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'April 1, 2026: Published without a clinical review by Ada Admin. Reason: Corrected a crisis line number.',
    )
    expect(screen.queryByText(/Clinically reviewed/)).not.toBeInTheDocument()
  })

  it('names the clinician, not the publisher, for a re-review of unchanged content', () => {
    render(
      <ArticleHistory
        history={[
          entry({
            date: '2026-05-04T09:00:00.000Z',
            change: 'reviewed',
            publishedByName: 'Eli Editor',
            reviewedBy: tomas,
            reviewedAt: '2026-05-03T09:00:00.000Z',
          }),
        ]}
      />,
    )
    const item = screen.getByRole('listitem')
    expect(item).toHaveTextContent(
      'May 4, 2026: Clinically re-reviewed by Tomás Lindqvist, MD on May 3, 2026; the content did not change.',
    )
    expect(item).not.toHaveTextContent('Eli Editor')
  })

  it('shows no "re-reviewed" entry that names no clinician, since no review happened', () => {
    render(
      <ArticleHistory
        history={[
          entry({ date: '2025-01-10T09:00:00.000Z', change: 'published', publishedByName: 'Eli Editor' }),
          entry({ date: '2026-05-04T09:00:00.000Z', change: 'reviewed', publishedByName: 'Eli Editor' }),
        ]}
      />,
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(screen.queryByText(/re-reviewed/)).not.toBeInTheDocument()
  })

  it('shows nothing for an article without history', () => {
    const { container } = render(<ArticleHistory history={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
