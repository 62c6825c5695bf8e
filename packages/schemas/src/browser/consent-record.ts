/**
 * The consent cookie, read and written in the browser. This code ships in every reader page's
 * JavaScript, so its check is written by hand: classic zod adds about 40 KB gzip to each page and
 * `zod/mini`, as bundled by Next, still about 10 KB. `consentRecordSchema` (zod, in `consent.ts`) is
 * the same rule for servers and tests, and `consent.test.ts` holds the two to the same answers.
 */

/** The categories a reader chooses between; `necessary` is always on. */
export const consentCategories = ['necessary', 'media', 'analytics', 'marketing'] as const
export type ConsentCategory = (typeof consentCategories)[number]
export type OptionalConsentCategory = Exclude<ConsentCategory, 'necessary'>
export const optionalConsentCategories = ['media', 'analytics', 'marketing'] as const

/** The first-party cookie that holds the reader's choice (and nothing else). */
export const CONSENT_COOKIE = 'haven_consent'
/** How long a choice is remembered before the reader is asked again (about six months). */
export const CONSENT_MAX_AGE_SECONDS = 60 * 60 * 24 * 182

export const consentCategoryLabels: Record<ConsentCategory, string> = {
  necessary: 'Necessary',
  media: 'Media embeds',
  analytics: 'Analytics',
  marketing: 'Marketing',
}

/** What the cookie holds: the choice per optional category, the wording's version and when it was made. */
export type ConsentRecord = {
  /** The wording's version, 1–40 characters. */
  version: string
  /** When the choice was made: an ISO 8601 date-time in UTC (`2026-11-30T04:00:00.000Z`). */
  date: string
  media: boolean
  analytics: boolean
  marketing: boolean
}
export type ConsentChoice = Pick<ConsentRecord, OptionalConsentCategory>

/** ISO 8601 date-time in UTC, as `Date#toISOString` writes it (fractions of a second optional). */
const isoDateTime =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)Z$/

/** Whether `value` is a well-formed {@link ConsentRecord} (extra keys are ignored, as zod's object does). */
export function isConsentRecord(value: unknown): value is ConsentRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const r = value as Record<string, unknown>
  return (
    typeof r.version === 'string' &&
    r.version.length >= 1 &&
    r.version.length <= 40 &&
    typeof r.date === 'string' &&
    isoDateTime.test(r.date) &&
    optionalConsentCategories.every((category) => typeof r[category] === 'boolean')
  )
}

/** Reads the cookie's value; `null` when it is missing, malformed, or for another version of the wording. */
export function parseConsentCookie(value: string | undefined | null, version: string): ConsentRecord | null {
  if (!value) return null
  let json: unknown
  try {
    json = JSON.parse(decodeURIComponent(value))
  } catch {
    return null
  }
  if (!isConsentRecord(json) || json.version !== version) return null
  const { date, media, analytics, marketing } = json
  return { version, date, media, analytics, marketing }
}

export function serializeConsentCookie(record: ConsentRecord): string {
  return encodeURIComponent(JSON.stringify(record))
}

type ConsentState = 'granted' | 'denied'
/** Google Consent Mode v2 signals for a choice (`null`: nothing chosen yet, all denied). */
export function consentModeSignals(choice: ConsentChoice | null): Record<string, ConsentState> {
  const state = (on: boolean | undefined): ConsentState => (on ? 'granted' : 'denied')
  return {
    ad_storage: state(choice?.marketing),
    ad_user_data: state(choice?.marketing),
    ad_personalization: state(choice?.marketing),
    analytics_storage: state(choice?.analytics),
    functionality_storage: state(choice?.media),
    personalization_storage: state(choice?.marketing),
    security_storage: 'denied',
  }
}

/** The attribute on `<html>` that says, from the first paint, whether the banner is needed. */
export const CONSENT_STATE_ATTRIBUTE = 'data-consent'

/**
 * The inline script that runs in `<head>` before the page paints: `data-consent="chosen"` on `<html>`
 * when the cookie holds a choice for this version of the wording, else `"pending"`. The banner is in
 * every page's HTML (pages are static, so the server cannot know) and CSS shows it only while
 * `pending`: a first-time reader sees it from the first paint, so nothing moves when it appears (it
 * was a layout shift of about 0.36 on phones), and a returning reader never sees it. Without
 * JavaScript the attribute is never set and the banner, whose buttons would do nothing, stays hidden.
 */
export function consentStateScript(version: string): string {
  // JSON.stringify quotes the version; `<` is escaped so no wording can close the script element.
  const v = JSON.stringify(version).replace(/</g, '\\u003c')
  return `(function(){var s='pending';try{var m=document.cookie.match(/(?:^|; )${CONSENT_COOKIE}=([^;]*)/);var r=m&&JSON.parse(decodeURIComponent(m[1]));if(r&&r.version===${v})s='chosen'}catch(e){}document.documentElement.setAttribute('${CONSENT_STATE_ATTRIBUTE}',s)})();`
}
