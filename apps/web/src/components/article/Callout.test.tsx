import { render, screen, within } from '@testing-library/react'

import { Callout } from './Callout'

describe('Callout', () => {
  it('is a note named by its heading, with its content', () => {
    render(
      <Callout tone="seek-help" title="When to Seek Professional Support">
        <p>If you feel unsafe, call or text 988.</p>
      </Callout>,
    )

    const note = screen.getByRole('note', { name: 'When to Seek Professional Support' })
    expect(within(note).getByRole('heading', { level: 3 })).toHaveTextContent(
      'When to Seek Professional Support',
    )
    expect(within(note).getByText('If you feel unsafe, call or text 988.')).toBeInTheDocument()
  })

  it('says its tone in words, not only in colour', () => {
    render(
      <>
        <Callout tone="warning" title="Before you stop a medication">
          <p>Talk to your prescriber first.</p>
        </Callout>
        <Callout tone="note" title="About the research">
          <p>Most studies are small.</p>
        </Callout>
      </>,
    )

    expect(
      within(screen.getByRole('note', { name: 'Before you stop a medication' })).getByText('Caution'),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('note', { name: 'About the research' })).getByText('Note'),
    ).toBeInTheDocument()
  })

  it('is not a complementary landmark', () => {
    render(
      <Callout tone="note" title="About the research">
        <p>Most studies are small.</p>
      </Callout>,
    )

    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
  })
})
