'use client'

import { unavailableCopy as copy } from '@/lib/unavailable-copy'

/**
 * Shown instead of a stack trace when a page cannot be rendered, for example while the CMS is down
 * (then with status 503: see lib/http-patches/unavailable-status.ts).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice" role="alert">
      <h1>{copy.heading}</h1>
      <p>{copy.body}</p>
      <p>
        <button type="button" onClick={reset}>
          {copy.retry}
        </button>
      </p>
      <p>{copy.crisis}</p>
    </div>
  )
}
