import { render, screen, within } from '@testing-library/react'

import { AuthorExperience } from './AuthorExperience'
import { marenOkafor, person } from './fixtures'

describe('AuthorExperience', () => {
  it('credits the section to the author, with their credentials', () => {
    render(
      <AuthorExperience title="In My Experience" author={marenOkafor}>
        <p>Couples who check in every day tend to weather hard seasons better.</p>
      </AuthorExperience>,
    )

    const section = screen.getByRole('region', { name: 'In My Experience' })
    expect(within(section).getByRole('heading', { level: 3, name: 'In My Experience' })).toBeInTheDocument()
    expect(within(section).getByText('By Maren Okafor, LMFT')).toBeInTheDocument()
    expect(within(section).getByText(/Couples who check in every day/)).toBeInTheDocument()
  })

  it('derives the credentials when the response left out their label', () => {
    const author = person('Priya Nandakumar', 'LCSW', { credentialsLabel: null })
    render(
      <AuthorExperience title="In My Experience" author={author}>
        <p>First steps matter.</p>
      </AuthorExperience>,
    )

    expect(screen.getByText('By Priya Nandakumar, LCSW')).toBeInTheDocument()
  })

  it('shows the section without a credit when the author is not readable', () => {
    render(
      <AuthorExperience title="In My Experience" author={null}>
        <p>First steps matter.</p>
      </AuthorExperience>,
    )

    expect(screen.getByText('First steps matter.')).toBeInTheDocument()
    expect(screen.queryByText(/^By /)).not.toBeInTheDocument()
  })
})
