import { tableOfContents } from '@haven/schemas'
import { render, screen, within } from '@testing-library/react'

import { body, paragraph, sectionHeading, text } from './fixtures'
import { TableOfContents } from './TableOfContents'

const article = body(
  sectionHeading('What Is Emotional Intimacy?'),
  paragraph(text('At its simplest…')),
  sectionHeading('Signs of Emotional Intimacy', 'What It Feels Like'),
  sectionHeading('7 Ways to Build Emotional Intimacy', 'How to Build It'),
)

describe('TableOfContents', () => {
  it('lists the sections in order by their short labels, linking to their anchors', () => {
    render(<TableOfContents entries={tableOfContents(article)} />)

    const nav = screen.getByRole('navigation', { name: 'Table of contents' })
    expect(within(nav).getByRole('list').tagName).toBe('OL')
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['What Is Emotional Intimacy?', '#what-is-emotional-intimacy'],
      ['What It Feels Like', '#signs-of-emotional-intimacy'],
      ['How to Build It', '#7-ways-to-build-emotional-intimacy'],
    ])
  })

  it('takes another name for a second copy on the page', () => {
    render(<TableOfContents entries={tableOfContents(article)} label="In this article" />)

    expect(screen.getByRole('navigation', { name: 'In this article' })).toBeInTheDocument()
  })

  it('renders nothing for a body without sections', () => {
    const { container } = render(<TableOfContents entries={[]} />)

    expect(container).toBeEmptyDOMElement()
  })
})
