import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { env } from '@/env'

import { sans, serif } from './fonts'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.WEB_URL),
  title: { default: 'Haven', template: '%s · Haven' },
  description: 'Trustworthy writing about mental health, reviewed by licensed clinicians.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${sans.variable} ${serif.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
