/**
 * Partner disclosures are never typed: they are derived from the partners shown in an offers group.
 * The wording comes from the site settings and must contain the `{partners}` placeholder.
 */
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
