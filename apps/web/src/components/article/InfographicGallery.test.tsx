import './test-env'

import { infographicGalleryBlockSchema } from '@haven/schemas'
import { render, screen, within } from '@testing-library/react'

import { media } from './fixtures'
import { InfographicGallery } from './InfographicGallery'

const gallery = (images: unknown[], title: string | null = 'Emotional Intimacy Infographics') =>
  infographicGalleryBlockSchema.parse({ blockType: 'infographicGallery', title, images })

const whatItIs = {
  id: 'img-1',
  image: media(
    'what-is-emotional-intimacy.png',
    'Infographic: two overlapping circles labelled “Knowing someone” and “Being known”',
  ),
  title: 'What Is Emotional Intimacy?',
  description:
    'This infographic defines emotional intimacy as feeling deeply known by another person and safe with them.\nThree notes beneath explain how it grows.',
}
const signs = {
  id: 'img-2',
  image: media(
    'signs-of-emotional-intimacy.png',
    'Infographic: six bars, each naming one sign of emotional intimacy',
  ),
  title: 'Signs of Emotional Intimacy',
  description: 'Six signs, one per bar.',
}

describe('InfographicGallery', () => {
  it('shows each infographic as a figure with its alt text and its title as the caption', () => {
    render(<InfographicGallery block={gallery([whatItIs, signs])} />)

    const figures = screen.getAllByRole('figure')
    expect(figures).toHaveLength(2)
    const image = within(figures[0]!).getByRole('img', {
      name: 'Infographic: two overlapping circles labelled “Knowing someone” and “Being known”',
    })
    expect(image).toHaveAttribute('sizes')
    expect(image).toHaveAttribute('width', '1200')
    expect(image).toHaveAttribute('height', '1500')
    const caption = within(figures[0]!).getByText('What Is Emotional Intimacy?')
    expect(caption.tagName).toBe('FIGCAPTION')
  })

  it('puts everything the infographic says in words in a disclosure right under it', () => {
    render(<InfographicGallery block={gallery([whatItIs])} />)

    const summary = screen.getByText('Describe this infographic')
    const details = summary.closest('details')!
    expect(screen.getByRole('figure').nextElementSibling).toBe(details)
    expect(
      within(details).getByText(/defines emotional intimacy as feeling deeply known/),
    ).toBeInTheDocument()
    expect(within(details).getByText('Three notes beneath explain how it grows.')).toBeInTheDocument()
    expect(summary).toHaveTextContent('Describe this infographic: What Is Emotional Intimacy?')
  })

  it('is a region named by the gallery’s title', () => {
    render(<InfographicGallery block={gallery([whatItIs])} />)

    expect(screen.getByRole('region', { name: 'Emotional Intimacy Infographics' })).toBeInTheDocument()
  })

  it('leaves out an image the reader may not see, and shows nothing when none is left', () => {
    const { container } = render(
      <InfographicGallery
        block={gallery([
          { ...whatItIs, image: 'media-draft' },
          { ...signs, image: null },
        ])}
      />,
    )

    expect(container).toBeEmptyDOMElement()
  })

  it('describes the image with its title when the upload has no alt text', () => {
    render(<InfographicGallery block={gallery([{ ...signs, image: media('signs.png', '') }], null)} />)

    expect(screen.getByRole('img', { name: 'Signs of Emotional Intimacy' })).toBeInTheDocument()
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })
})
