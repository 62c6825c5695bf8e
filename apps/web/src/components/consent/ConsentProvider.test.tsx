import { CONSENT_COOKIE, DEFAULT_CONSENT, parseConsentCookie, type ConsentSettings } from '@haven/schemas'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { ConsentProvider } from './ConsentProvider'
import { CookieSettingsButton } from './CookieSettingsButton'

type DataLayerWindow = Window & { dataLayer?: unknown[][]; gtag?: (...args: unknown[]) => void }

function storedConsent(version = DEFAULT_CONSENT.version) {
  const value = document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${CONSENT_COOKIE}=`))
    ?.slice(CONSENT_COOKIE.length + 1)
  return parseConsentCookie(value, version)
}

function renderSite(settings: ConsentSettings = DEFAULT_CONSENT) {
  return render(
    <ConsentProvider settings={settings}>
      <main id="main" tabIndex={-1}>
        <p>Article</p>
      </main>
      <footer>
        <CookieSettingsButton />
      </footer>
    </ConsentProvider>,
  )
}

beforeEach(() => {
  const win = window as DataLayerWindow
  win.dataLayer = []
  win.gtag = (...args: unknown[]) => win.dataLayer!.push(args)
})

afterEach(() => {
  for (const cookie of document.cookie.split('; ').filter(Boolean))
    document.cookie = `${cookie.split('=')[0]}=; Max-Age=0; Path=/`
})

describe('ConsentProvider', () => {
  it('asks a fresh visitor with accept, reject and settings side by side', async () => {
    renderSite()

    expect(await screen.findByRole('region', { name: DEFAULT_CONSENT.heading })).toBeInTheDocument()
    for (const name of ['Accept all', 'Reject all', 'Settings'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
  })

  it('stores a rejection with its version and date in one click and tells Consent Mode', async () => {
    renderSite()

    await userEvent.click(await screen.findByRole('button', { name: 'Reject all' }))

    expect(storedConsent()).toMatchObject({
      version: DEFAULT_CONSENT.version,
      media: false,
      analytics: false,
      marketing: false,
    })
    expect(Date.parse(storedConsent()!.date)).toBeGreaterThan(Date.now() - 60_000)
    expect(screen.queryByRole('region', { name: DEFAULT_CONSENT.heading })).not.toBeInTheDocument()
    expect((window as DataLayerWindow).dataLayer).toContainEqual([
      'consent',
      'update',
      expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied' }),
    ])
  })

  it('lets the reader choose by category, with the necessary category always on', async () => {
    renderSite()

    await userEvent.click(await screen.findByRole('button', { name: 'Settings' }))
    expect(screen.getByRole('checkbox', { name: 'Necessary (always on)' })).toBeDisabled()
    expect(screen.getByRole('checkbox', { name: 'Necessary (always on)' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Analytics' })).toHaveAccessibleDescription(
      DEFAULT_CONSENT.analytics,
    )
    await userEvent.click(screen.getByRole('checkbox', { name: 'Media embeds' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save my choices' }))

    expect(storedConsent()).toMatchObject({ media: true, analytics: false, marketing: false })
    expect((window as DataLayerWindow).dataLayer).toContainEqual([
      'consent',
      'update',
      expect.objectContaining({ functionality_storage: 'granted', analytics_storage: 'denied' }),
    ])
  })

  it('asks again when the wording has a new version', async () => {
    renderSite()
    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }))
    renderSite({ ...DEFAULT_CONSENT, version: '2', heading: 'Our privacy wording changed' })

    expect(await screen.findByRole('region', { name: 'Our privacy wording changed' })).toBeInTheDocument()
  })

  it('reopens from the footer, moves focus to the banner and returns it after withdrawing', async () => {
    renderSite()
    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }))

    await userEvent.click(screen.getByRole('button', { name: 'Cookie settings' }))
    expect(screen.getByRole('heading', { name: DEFAULT_CONSENT.heading })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Reject all' }))

    expect(storedConsent()).toMatchObject({ media: false, analytics: false, marketing: false })
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(screen.getByRole('button', { name: 'Cookie settings' })).toHaveFocus()
  })
})
