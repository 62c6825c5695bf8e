import {
  CONSENT_COOKIE,
  CONSENT_MAX_AGE_SECONDS,
  parseConsentCookie,
  serializeConsentCookie,
  type ConsentRecord,
} from '@haven/schemas/browser'

/** The reader's stored choice for this version of the wording, read in the browser (never on the server). */
export function readConsent(version: string): ConsentRecord | null {
  const prefix = `${CONSENT_COOKIE}=`
  const value = document.cookie
    .split('; ')
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length)
  return parseConsentCookie(value, version)
}

/** Stores a choice in the first-party cookie (Secure on https, never sent to another site). */
export function writeConsent(record: ConsentRecord): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${CONSENT_COOKIE}=${serializeConsentCookie(record)}; Path=/; Max-Age=${CONSENT_MAX_AGE_SECONDS}; SameSite=Lax${secure}`
}
