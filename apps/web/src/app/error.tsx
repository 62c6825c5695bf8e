'use client'

/**
 * Shown instead of a stack trace when a page cannot be rendered, for example while the CMS is down
 * (then with status 503: see lib/unavailable-status.ts).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice" role="alert">
      <h1>This page is temporarily unavailable</h1>
      <p>We couldn’t load this page just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
      {/* No numbers typed here: crisis lines come only from the CMS's one source (the footer shows
          them whenever they could be read); this page may be shown precisely because it is down. */}
      <p>If you are in danger or in crisis, call your local emergency number now.</p>
    </div>
  )
}
