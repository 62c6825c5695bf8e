import { CONSENT_DEFAULT_SCRIPT, consentStateScript, DEFAULT_CONSENT } from '@haven/schemas'
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { ConsentProvider } from '@/components/consent/ConsentProvider'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { env } from '@/env'
import { getSiteSettings } from '@/lib/content'
import { chromeRead } from '@/lib/site-chrome'

import { sans, serif } from './fonts'
import './globals.css'
import '@/components/consent/consent.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.WEB_URL),
  title: { default: 'Haven', template: '%s · Haven' },
  description: 'Trustworthy writing about mental health, reviewed by licensed clinicians.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await chromeRead(getSiteSettings)
  const consent = settings?.consent ?? DEFAULT_CONSENT
  return (
    // The consent head script sets `data-consent` on <html> before React hydrates (so the banner shows
    // without a flash); React would otherwise report that attribute as a hydration mismatch.
    <html lang="en" className={`${sans.variable} ${serif.variable}`} suppressHydrationWarning>
      <head>
        {/* Consent Mode v2 defaults (all denied), before anything else on the page can run. */}
        <script id="consent-default" dangerouslySetInnerHTML={{ __html: CONSENT_DEFAULT_SCRIPT }} />
        {/* Whether the cookie banner is needed, before the first paint (see consentStateScript). */}
        <script
          id="consent-state"
          dangerouslySetInnerHTML={{ __html: consentStateScript(consent.version) }}
        />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <ConsentProvider settings={consent}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </ConsentProvider>
      </body>
    </html>
  )
}
