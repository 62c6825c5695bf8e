'use client'

import Link from 'next/link'

import { unavailableCopy as copy } from '@/lib/unavailable-copy'

import './globals.css'

/**
 * Shown when the root layout itself cannot render: its menu, footer and crisis lines come from the
 * CMS, and a failed read throws rather than leave them out (lib/site-chrome.ts). The page is then a
 * 503 (lib/http-patches/unavailable-status.ts), whose HTML also lists the last known crisis lines for
 * readers without JavaScript; here, the crisis resources page holds them.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>{`${copy.heading} · Haven`}</title>
      </head>
      <body>
        <main id="main">
          <div className="notice" role="alert">
            <h1>{copy.heading}</h1>
            <p>{copy.body}</p>
            <p>
              <button type="button" onClick={reset}>
                {copy.retry}
              </button>{' '}
              · <Link href="/">{copy.home}</Link>
            </p>
            <p>
              {copy.crisis} <Link href="/crisis-resources">{copy.crisisLink}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}
