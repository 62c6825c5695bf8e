import './test-env'

import { partnerOffersBlockSchema } from '@haven/schemas'
import { render, screen, within } from '@testing-library/react'

import { harborline, media, partner, tandem, twofold } from './fixtures'
import { PartnerOffers } from './PartnerOffers'

const template = 'Haven is paid by {partners} when readers sign up through these links.'
const lantern = partner('Lantern', 'Lantern Wellness', { active: false })

const group = (offers: unknown[], title: string | null = 'Ready to Invest in Your Relationship?') =>
  partnerOffersBlockSchema.parse({
    id: 'offers-1',
    blockType: 'partnerOffers',
    title,
    offers: offers.map((partner, index) => ({ id: `offer-${index}`, partner })),
  })

describe('PartnerOffers', () => {
  it('shows the disclosure before the first offer, naming exactly the partners shown', () => {
    render(<PartnerOffers block={group([harborline, twofold, tandem])} disclosureTemplate={template} />)

    const disclosure = screen.getByText(
      /Haven is paid by Harborline Therapy, Twofold Couples Course, and Tandem Relationship Coaching when/,
    )
    const [firstOffer] = screen.getAllByRole('listitem')
    expect(disclosure.compareDocumentPosition(firstOffer!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('labels every offer as a paid partner', () => {
    render(<PartnerOffers block={group([harborline, twofold])} disclosureTemplate={template} />)

    const offers = screen.getAllByRole('listitem')
    expect(offers).toHaveLength(2)
    for (const offer of offers) expect(within(offer).getByText('Paid partner')).toBeVisible()
  })

  it('shows each partner’s name, category, offer and call to action', () => {
    render(<PartnerOffers block={group([twofold])} disclosureTemplate={template} />)

    expect(screen.getByRole('heading', { level: 4, name: 'Twofold' })).toBeInTheDocument()
    expect(screen.getByText('Couples course')).toBeInTheDocument()
    expect(screen.getByText(/Twofold matches you with a licensed therapist/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Start Twofold (opens in a new tab)' })).toHaveAttribute(
      'href',
      'https://twofold.example/start',
    )
  })

  it('shows a partner’s logo beside its name, as decoration, and no image for a partner without one', () => {
    const withLogo = partner('Stillwater', 'Stillwater Sleep', {
      logo: media('stillwater-logo.png', 'Stillwater logo'),
    })
    render(<PartnerOffers block={group([withLogo, twofold])} disclosureTemplate={template} />)

    const [first, second] = screen.getAllByRole('listitem')
    const logo = first!.querySelector('img.article-offer-logo')
    expect(logo).toHaveAttribute('alt', '')
    expect(logo?.getAttribute('src')).toContain('stillwater-logo.png')
    expect(within(first!).getByRole('heading', { name: 'Stillwater' })).toBeInTheDocument()
    expect(second!.querySelector('img')).toBeNull()
  })

  it('marks calls to action as sponsored links that open in a new tab', () => {
    render(<PartnerOffers block={group([harborline, twofold])} disclosureTemplate={template} />)

    for (const link of screen.getAllByRole('link')) {
      expect(link).toHaveAttribute('rel', 'sponsored noopener')
      expect(link).toHaveAttribute('target', '_blank')
    }
  })

  it('leaves out a partner the reader may not see, from the offers and from the disclosure', () => {
    render(
      <PartnerOffers
        block={group([harborline, 'partner-hidden', null, twofold])}
        disclosureTemplate={template}
      />,
    )

    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByText(/paid by Harborline Therapy and Twofold Couples Course when/)).toBeInTheDocument()
  })

  it('leaves out an inactive partner', () => {
    render(<PartnerOffers block={group([lantern, tandem])} disclosureTemplate={template} />)

    expect(screen.queryByText('Lantern')).not.toBeInTheDocument()
    expect(screen.queryByText(/Lantern Wellness/)).not.toBeInTheDocument()
    expect(screen.getByText(/paid by Tandem Relationship Coaching when/)).toBeInTheDocument()
  })

  it('renders nothing at all when no partner of the group is left to show', () => {
    const { container } = render(
      <PartnerOffers block={group(['partner-hidden', null, lantern])} disclosureTemplate={template} />,
    )

    expect(container).toBeEmptyDOMElement()
  })

  it('is a region named by the group’s title', () => {
    render(<PartnerOffers block={group([harborline])} disclosureTemplate={template} />)

    expect(screen.getByRole('region', { name: 'Ready to Invest in Your Relationship?' })).toContainElement(
      screen.getByRole('heading', { level: 3 }),
    )
  })

  it('names an untitled group after its partners', () => {
    render(<PartnerOffers block={group([harborline, twofold], null)} disclosureTemplate={template} />)

    expect(screen.getByRole('region', { name: 'Offers from Harborline and Twofold' })).toBeInTheDocument()
  })

  it('uses the default wording when the site settings give none', () => {
    render(<PartnerOffers block={group([harborline])} />)

    expect(screen.getByText(/Haven is paid by Harborline Therapy when readers sign up/)).toBeInTheDocument()
  })
})
