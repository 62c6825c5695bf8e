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
      expect(within(group).getByRole('heading', { level: 3 })).toHaveTextContent(crisisRegions[code].inText)
    }
    expect(screen.getByRole('heading', { level: 3, name: 'the United States' })).toBeInTheDocument()
  })

  it('links each number for calling', () => {
    render(<CrisisLines resources={resources} />)
    const us = screen.getByRole('region', { name: 'Crisis lines in the United States' })
    expect(within(us).getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988')
  })
})
