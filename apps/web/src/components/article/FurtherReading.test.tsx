import { furtherReadingBlockSchema } from '@haven/schemas'
import { render, screen, within } from '@testing-library/react'

import { articleCard } from './fixtures'
import { FurtherReading } from './FurtherReading'

const reading = (articles: unknown[], title: string | null = 'For Further Reading') =>
  furtherReadingBlockSchema.parse({ blockType: 'furtherReading', title, articles })

describe('FurtherReading', () => {
  it('links to each readable article under the block’s title', () => {
    render(
      <FurtherReading
        block={reading([
          articleCard('repairing-after-an-argument', 'Repairing After an Argument'),
          articleCard('questions-to-ask-your-partner', 'Questions to Ask Your Partner'),
        ])}
      />,
    )

    const section = screen.getByRole('region', { name: 'For Further Reading' })
    const links = within(section).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Repairing After an Argument', '/articles/repairing-after-an-argument'],
      ['Questions to Ask Your Partner', '/articles/questions-to-ask-your-partner'],
    ])
    expect(
      within(section).getByText('Repairing After an Argument: what it is, and what helps.'),
    ).toBeInTheDocument()
  })

  it('drops articles the reader may not read', () => {
    render(
      <FurtherReading block={reading(['article-draft', null, articleCard('what-is-cbt', 'What Is CBT?')])} />,
    )

    expect(screen.getAllByRole('link')).toHaveLength(1)
  })

  it('renders nothing when no article is readable', () => {
    const { container } = render(<FurtherReading block={reading(['article-draft', null])} />)

    expect(container).toBeEmptyDOMElement()
  })

  it('has a heading even when the editor gave no title', () => {
    render(<FurtherReading block={reading([articleCard('what-is-cbt', 'What Is CBT?')], null)} />)

    expect(screen.getByRole('heading', { level: 3, name: 'Further reading' })).toBeInTheDocument()
  })
})
