import { crisisRegionCodes, crisisRegions, crisisResourcesSchema } from '@haven/schemas'
import { render, screen, within } from '@testing-library/react'

import { CrisisLines } from './CrisisLines'

const resources = crisisResourcesSchema.parse({
  heading: 'If you are in crisis',
  intro: null,
  regions: crisisRegionCodes.map((region) => ({
    region,
    emergencyNumber: crisisRegions[region].emergency,
    lines: [{ label: `Lifeline ${region}`, number: '988', channels: { call: true } }],
  })),
})

describe('CrisisLines', () => {
  it('names every region as the shared crisis rules name it, as a heading and a labelled group', () => {
    render(<CrisisLines resources={resources} />)
    for (const code of crisisRegionCodes) {
      const group = screen.getByRole('region', { name: `Crisis lines in ${crisisRegions[code].inText}` })
      expect(within(group).getByRole('heading', { level: 3 })).toHaveTextContent(crisisRegions[code].name)
    }
    // A heading is a name, not a phrase from a sentence ("the United States").
    expect(screen.getByRole('heading', { level: 3, name: 'United States' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /^the / })).toBeNull()
  })

  it('links each number for calling', () => {
    render(<CrisisLines resources={resources} />)
    const us = screen.getByRole('region', { name: 'Crisis lines in the United States' })
    expect(within(us).getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
  })

  it('says in words how to reach a line that needs more than its number', () => {
    const withKeyword = crisisResourcesSchema.parse({
      heading: 'If you are in crisis',
      regions: [
        {
          region: 'US',
          emergencyNumber: '911',
          lines: [
            {
              label: 'Crisis Text Line',
              number: '741741',
              channels: { text: true },
              description: 'Text HOME to 741741',
            },
          ],
        },
      ],
    })
    render(<CrisisLines resources={withKeyword} />)
    const row = screen.getByText('Crisis Text Line').closest('li')!
    expect(row).toHaveTextContent('Text HOME to 741741')
    expect(within(row).getByRole('link', { name: '741741' })).toHaveAttribute('href', 'sms:741741')
  })
})
