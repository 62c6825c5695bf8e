import '../article/test-env'

import { therapistCardSchema } from '@haven/schemas'
import { render, screen } from '@testing-library/react'

import { placeOf, TherapistCard } from './TherapistCard'

const now = new Date('2026-12-04T12:00:00.000Z')
const card = therapistCardSchema.parse({
  id: 7,
  name: 'Rosa Delgado',
  slug: 'rosa-delgado',
  credentialsLabel: 'LMFT, MA',
  photoAlt: 'Headshot of Rosa Delgado, LMFT, MA',
  photo: { id: 3, purpose: 'headshot', url: '/api/media/file/rosa.png', width: 480, height: 480 },
  helpWith: `<b>Anxiety</b> and grief. ${'More words about the work. '.repeat(20)}`,
  office: { city: 'Brooklyn', state: 'NY', zip: '11215' },
  statesOnline: ['NY'],
  formats: ['in-person', 'video'],
  acceptingNewClients: true,
  acceptingConfirmedAt: '2026-12-01T09:00:00.000Z',
  verification: { status: 'verified', verifiedAt: '2026-11-20T09:00:00.000Z' },
  distanceMiles: 2.4,
})

describe('TherapistCard', () => {
  it('shows the photo, name with credentials, badge, place, an excerpt and when availability was confirmed', () => {
    render(<TherapistCard card={card} now={now} />)
    expect(screen.getByRole('img').getAttribute('alt')).toBe('Headshot of Rosa Delgado, LMFT, MA')
    expect(screen.getByRole('heading').textContent).toBe('Rosa Delgado, LMFT, MA')
    expect(screen.getByRole('link', { name: 'Rosa Delgado' }).getAttribute('href')).toBe(
      '/directory/rosa-delgado',
    )
    expect(screen.getByText('Verified licence')).toBeTruthy()
    expect(screen.getByText('Brooklyn, NY · 2.4 miles away · also online')).toBeTruthy()
    expect(screen.getByText('Accepting new clients · confirmed 3 days ago')).toBeTruthy()
  })

  it('shows HTML in a statement as text, cut to 270 characters', () => {
    const { container } = render(<TherapistCard card={card} now={now} />)
    expect(container.querySelector('b')).toBeNull()
    const excerpt = screen.getByText(/^<b>Anxiety<\/b> and grief\./)
    expect([...excerpt.textContent!].length).toBeLessThanOrEqual(271)
    expect(excerpt.textContent!.endsWith('…')).toBe(true)
  })

  it('says "Online" for a listing without an office', () => {
    expect(placeOf({ office: null, statesOnline: ['TX'] })).toBe('Online')
  })
})
