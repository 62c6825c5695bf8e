import {
  CONSENT_DEFAULT_SCRIPT,
  consentModeSignals,
  DEFAULT_CONSENT,
  parseConsentCookie,
  serializeConsentCookie,
} from './consent'
import { siteSettingsSchema } from './settings'

const record = {
  version: '3',
  date: '2026-11-30T00:40:00.000Z',
  media: true,
  analytics: false,
  marketing: false,
}

describe('the consent cookie', () => {
  it('reads back what it stored for the same version of the wording', () => {
    expect(parseConsentCookie(serializeConsentCookie(record), '3')).toEqual(record)
  })

  it('forgets a choice made for another version, or a malformed value', () => {
    expect(parseConsentCookie(serializeConsentCookie(record), '4')).toBeNull()
    expect(parseConsentCookie('%7Bnot-json', '3')).toBeNull()
    expect(parseConsentCookie(encodeURIComponent('{"version":"3","media":"yes"}'), '3')).toBeNull()
    expect(parseConsentCookie(undefined, '3')).toBeNull()
  })
})

describe('Consent Mode v2', () => {
  it('denies every signal by default, before any tag can load', () => {
    expect(Object.values(consentModeSignals(null))).toEqual(Array(7).fill('denied'))
    expect(CONSENT_DEFAULT_SCRIPT).toContain("gtag('consent','default',")
    expect(CONSENT_DEFAULT_SCRIPT).toContain('"ad_user_data":"denied"')
  })

  it('grants analytics and ad signals only for the categories chosen', () => {
    expect(consentModeSignals({ media: false, analytics: true, marketing: false })).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    })
  })
})

describe('the consent wording in site settings', () => {
  const base = { siteName: 'Haven', disclosureTemplate: 'Partners: {partners}' }

  it('falls back to the default wording where the CMS has none', () => {
    expect(siteSettingsSchema.parse(base).consent).toEqual(DEFAULT_CONSENT)
    expect(
      siteSettingsSchema.parse({ ...base, consent: { version: '7', heading: null, media: '' } }).consent,
    ).toEqual({ ...DEFAULT_CONSENT, version: '7' })
  })
})
