import { z } from 'zod'

import { consentModeSignals, type ConsentRecord } from './browser/consent-record'

export * from './browser/consent-record'

/** The wording the CMS starts with (site-settings → consent); editors change it there. */
export const DEFAULT_CONSENT = {
  version: '1',
  heading: 'Your privacy on Haven',
  body: 'We use only what the site needs to work unless you agree to more. Nothing else loads until you choose, and you can change your mind at any time from “Cookie settings” at the foot of every page.',
  necessary: 'Keeps the site working and remembers this choice. Always on; it tells no one what you read.',
  media: 'Lets videos from YouTube or Vimeo load inside articles. Those services may set their own cookies.',
  analytics: 'Counts visits anonymously so we can see which articles help. Off unless you turn it on.',
  marketing: 'Measures our advertising and partner offers. Off unless you turn it on.',
} as const

/** The `consent` group of the site-settings global: wording and its version. */
export const consentSettingsSchema = z.object({
  version: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .describe('Change it when the wording changes: every reader is asked again'),
  heading: z.string().min(1).describe('e.g. Your privacy on Haven'),
  body: z.string().min(1),
  necessary: z.string().min(1).describe('What the always-on cookies do'),
  media: z.string().min(1).describe('What allowing media embeds means'),
  analytics: z.string().min(1).describe('What allowing analytics means'),
  marketing: z.string().min(1).describe('What allowing marketing means'),
})
export type ConsentSettings = z.infer<typeof consentSettingsSchema>

/**
 * The group as the CMS returns it (empty fields come back `null`): every gap is filled from
 * {@link DEFAULT_CONSENT}, so the banner always has words to show.
 */
export const storedConsentSettingsSchema = z
  .object(
    Object.fromEntries(
      Object.keys(consentSettingsSchema.shape).map((key) => [key, z.string().trim().nullish()]),
    ) as Record<keyof ConsentSettings, z.ZodOptional<z.ZodNullable<z.ZodString>>>,
  )
  .nullish()
  .transform((stored): ConsentSettings => {
    const filled: Record<string, string> = { ...DEFAULT_CONSENT }
    for (const [key, value] of Object.entries(stored ?? {})) if (value) filled[key] = value
    return filled as ConsentSettings
  })

/**
 * The consent cookie's record as a zod schema, for servers and tests; the browser checks the same rule
 * by hand (`isConsentRecord`), and `consent.test.ts` holds the two to the same answers.
 */
export const consentRecordSchema: z.ZodType<ConsentRecord> = z.object({
  version: z.string().min(1).max(40),
  date: z.iso.datetime(),
  media: z.boolean(),
  analytics: z.boolean(),
  marketing: z.boolean(),
})

/**
 * The inline script that runs first in every page's `<head>`: Consent Mode v2 defaults, all denied,
 * before any tag could load. Constant, so the same bytes go into every cached page.
 */
export const CONSENT_DEFAULT_SCRIPT = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}window.gtag=gtag;gtag('consent','default',${JSON.stringify(
  { ...consentModeSignals(null), wait_for_update: 500 },
)});`
