import {
  CONSENT_DEFAULT_SCRIPT,
  consentModeSignals,
  consentRecordSchema,
  consentStateScript,
  isConsentRecord,
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

describe('the browser check of the cookie', () => {
  // The browser checks by hand (no zod in reader pages); it must answer as the zod schema does.
  const samples: unknown[] = [
    record,
    { ...record, extra: 'ignored' },
    { ...record, date: '2026-11-30T00:40:00Z' },
    { ...record, date: '2026-11-30T00:40Z' },
    { ...record, date: '2026-11-30T00:40:00.123456Z' },
    { ...record, date: '2026-11-30T00:40:00+01:00' },
    { ...record, date: '2026-11-30' },
    { ...record, date: '2026-13-30T00:40:00Z' },
    { ...record, date: '2026-11-30T24:40:00Z' },
    { ...record, date: 'yesterday' },
    { ...record, version: '' },
    { ...record, version: 'v'.repeat(40) },
    { ...record, version: 'v'.repeat(41) },
    { ...record, version: 3 },
    { ...record, media: 'yes' },
    { ...record, marketing: undefined },
    { version: '3', date: record.date },
    [],
    null,
    'string',
    42,
  ]
  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))(
    'agrees with the zod schema on %s',
    (_name, sample) => {
      expect(isConsentRecord(sample)).toBe(consentRecordSchema.safeParse(sample).success)
    },
  )
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

describe('the head script that marks whether the banner is needed', () => {
  /** Runs the script against a document with `cookie`; returns what it set on <html>. */
  function stateFor(cookie: string, version = '3'): string | undefined {
    const attributes: Record<string, string> = {}
    const document = {
      cookie,
      documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
    }
    new Function('document', consentStateScript(version))(document)
    return attributes['data-consent']
  }

  it('says chosen for a choice made for this version of the wording', () => {
    expect(stateFor(`other=1; haven_consent=${serializeConsentCookie(record)}`)).toBe('chosen')
  })

  it('says pending with no cookie, another version, or a value it cannot read', () => {
    expect(stateFor('')).toBe('pending')
    expect(stateFor(`haven_consent=${serializeConsentCookie(record)}`, '4')).toBe('pending')
    expect(stateFor('haven_consent=%7Bnot-json')).toBe('pending')
    expect(stateFor(`not_haven_consent=${serializeConsentCookie(record)}`)).toBe('pending')
  })

  it('cannot be closed early by the wording’s version', () => {
    expect(consentStateScript('</script><script>alert(1)</script>')).not.toContain('</script>')
  })
})
