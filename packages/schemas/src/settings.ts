import { z } from 'zod'

import { storedConsentSettingsSchema } from './consent'
import { DISCLOSURE_PLACEHOLDER } from './disclosure'
import { linkSchema, menuItemSchema } from './navigation'
import { documentIdSchema, documentStatusSchema, timestampSchema } from './relation'

/** A footer link may point at a page, a topic, a site path or a URL (no article). */
export const footerLinkSchema = menuItemSchema.extend({
  link: linkSchema.omit({ article: true }).extend({ type: z.enum(['page', 'path', 'url', 'topic']) }),
})
export type FooterLink = z.infer<typeof footerLinkSchema>

export const footerGroupSchema = z.object({
  id: z.string().nullish(),
  title: z.string().min(1).describe('The heading above the group of links'),
  links: z.array(footerLinkSchema),
})
export type FooterGroup = z.infer<typeof footerGroupSchema>

/** A trust or quality badge, shown only between its owner-set dates (see `validBadges`). */
export const trustBadgeSchema = z.object({
  id: z.string().nullish(),
  name: z.string().min(1).describe('e.g. Clinically reviewed content'),
  description: z.string().nullish().describe('What the badge certifies'),
  url: z.string().nullish().describe('Where the badge’s owner explains it'),
  validFrom: timestampSchema.nullish(),
  validUntil: timestampSchema.describe('Set by the badge’s owner; the badge disappears after it'),
})
export type TrustBadge = z.infer<typeof trustBadgeSchema>

export const newsletterSchema = z.object({
  heading: z.string().nullish().describe('e.g. The Haven newsletter'),
  body: z.string().nullish(),
  ctaLabel: z.string().nullish().describe('e.g. Sign up'),
})
export type Newsletter = z.infer<typeof newsletterSchema>

/** The `site-settings` global (`GET /api/globals/site-settings?depth=1`). */
export const siteSettingsSchema = z.object({
  id: documentIdSchema.nullish(),
  siteName: z.string().min(1).describe('e.g. Haven'),
  tagline: z.string().nullish(),
  footerGroups: z
    .array(footerGroupSchema)
    .nullish()
    .transform((groups) => groups ?? []),
  disclosureTemplate: z
    .string()
    .includes(DISCLOSURE_PLACEHOLDER)
    .describe('The wording of every partner disclosure; {partners} becomes the list of partners shown'),
  trustBadges: z
    .array(trustBadgeSchema)
    .nullish()
    .transform((badges) => badges ?? []),
  newsletter: newsletterSchema.nullish(),
  consent: storedConsentSettingsSchema,
  _status: documentStatusSchema.nullish(),
  updatedAt: timestampSchema.nullish(),
  createdAt: timestampSchema.nullish(),
})
export type SiteSettings = z.infer<typeof siteSettingsSchema>

/**
 * The moments after `now` when {@link validBadges} will answer differently: each badge's start (if
 * still ahead) and the instant after its end, in order, without repeats. The CMS asks the web app to
 * re-render the footer at each of them, so a badge disappears when its certification ends.
 */
export function badgeChangeTimes(
  badges: readonly Pick<TrustBadge, 'validFrom' | 'validUntil'>[],
  now: Date,
): Date[] {
  const times = badges.flatMap((badge) => [
    badge.validFrom ? Date.parse(badge.validFrom) : Number.NaN,
    Date.parse(badge.validUntil) + 1,
  ])
  return [...new Set(times.filter((time) => Number.isFinite(time) && time > now.getTime()))]
    .sort((a, b) => a - b)
    .map((time) => new Date(time))
}

/**
 * The badges to show at `now`: those whose validity has begun (or has no start) and not yet ended. A
 * badge whose scheme ended (HONcode, December 2022) disappears by itself.
 */
export function validBadges<T extends Pick<TrustBadge, 'validFrom' | 'validUntil'>>(
  badges: readonly T[],
  now: Date,
): T[] {
  const time = now.getTime()
  return badges.filter((badge) => {
    const from = badge.validFrom ? Date.parse(badge.validFrom) : -Infinity
    const until = Date.parse(badge.validUntil)
    return from <= time && time <= until
  })
}
