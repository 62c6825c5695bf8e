/**
 * Partner disclosures are never typed: they are derived from the partners shown in an offers group.
 * The wording comes from the site settings and must contain the `{partners}` placeholder.
 */
import type { PartnerOffersBlock } from './lexical'
import type { Partner } from './partner'
import { populatedOnly } from './relation'

export const DISCLOSURE_PLACEHOLDER = '{partners}'

export const DEFAULT_DISCLOSURE_TEMPLATE =
  'Haven is paid by {partners} when readers sign up through these links. Partners never see or shape our editorial content.'

/** Formats names as a natural English list: "A", "A and B", "A, B, and C". Duplicates are dropped. */
export function formatNameList(names: readonly string[], locale = 'en-US'): string {
  const unique = [...new Set(names.map((name) => name.trim()).filter(Boolean))]
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(unique)
}

/** The disclosure for an offers group, or `null` when the group shows no partner. */
export function formatDisclosure(
  partnerNames: readonly string[],
  template: string = DEFAULT_DISCLOSURE_TEMPLATE,
  locale = 'en-US',
): string | null {
  const list = formatNameList(partnerNames, locale)
  if (!list) return null
  const wording = template.includes(DISCLOSURE_PLACEHOLDER) ? template : DEFAULT_DISCLOSURE_TEMPLATE
  return wording.split(DISCLOSURE_PLACEHOLDER).join(list)
}

/**
 * The partners an offers group shows: populated and active ones, in order. A partner the reader may
 * not see (unpublished, deactivated, deleted) arrives as an id or `null` and is left out.
 */
export function activePartnersOf(block: Pick<PartnerOffersBlock, 'offers'>): Partner[] {
  return populatedOnly(block.offers.map((offer) => offer.partner)).filter(
    (partner) => partner.active !== false,
  )
}

/**
 * The disclosure shown with an offers group, naming exactly the partners it shows, in the site
 * settings’ wording; `null` when the group shows no partner (and so is not shown at all).
 */
export function disclosureForOffers(
  block: Pick<PartnerOffersBlock, 'offers'>,
  template?: string | null,
): string | null {
  return formatDisclosure(
    activePartnersOf(block).map((partner) => partner.disclosureName),
    template ?? undefined,
  )
}
