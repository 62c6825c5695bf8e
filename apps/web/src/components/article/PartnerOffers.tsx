import {
  activePartnersOf,
  disclosureForOffers,
  formatNameList,
  type PartnerOffersBlock,
} from '@haven/schemas'
import Image from 'next/image'
import { useId } from 'react'

import { imageProps } from '@/lib/media'

import { Heading, type HeadingLevel } from './Heading'

/**
 * A group of partner offers: the disclosure first, naming exactly the partners shown, then each
 * active partner marked as paid. A group with no partner left to show renders nothing.
 */
export function PartnerOffers({
  block,
  disclosureTemplate,
  headingLevel = 3,
}: {
  block: Pick<PartnerOffersBlock, 'title' | 'offers'>
  /** The site settings' wording, with its `{partners}` placeholder. */
  disclosureTemplate?: string | null
  /** The group's heading level; each partner's name is one below. */
  headingLevel?: HeadingLevel
}) {
  const headingId = useId()
  const partners = activePartnersOf(block)
  const disclosure = disclosureForOffers(block, disclosureTemplate)
  if (!partners.length || !disclosure) return null
  const title = block.title?.trim()
  return (
    <section aria-labelledby={headingId} className="article-offers">
      {/* An untitled group is still a named region; naming the partners keeps two such regions apart. */}
      <Heading
        level={headingLevel}
        id={headingId}
        className={title ? 'article-offers-title' : 'article-visually-hidden'}
      >
        {title || `Offers from ${formatNameList(partners.map((partner) => partner.name))}`}
      </Heading>
      <p className="article-offers-disclosure">
        <strong>Disclosure:</strong> {disclosure}
      </p>
      <ul className="article-offers-list">
        {partners.map((partner, index) => (
          <li key={`${partner.id}-${index}`} className="article-offer">
            <p className="article-offer-label">Paid partner</p>
            <div className="article-offer-head">
              {partner.logo && typeof partner.logo === 'object' ? (
                // Decorative: the partner's name is the heading beside it.
                <Image
                  {...imageProps(partner.logo, 'thumbnail')}
                  alt=""
                  sizes="56px"
                  className="article-offer-logo"
                />
              ) : null}
              <Heading level={headingLevel + 1} className="article-offer-name">
                {partner.name}
              </Heading>
            </div>
            {partner.category ? <p className="article-offer-category">{partner.category}</p> : null}
            {partner.offerText ? <p>{partner.offerText}</p> : null}
            <a className="article-offer-cta" href={partner.url} target="_blank" rel="sponsored noopener">
              {partner.ctaLabel}
              <span className="article-visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
