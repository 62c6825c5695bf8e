'use client'

/** Shown instead of a stack trace when a page cannot be rendered (for example while the CMS is down). */
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
      <p>
        If you are in crisis, call or text <a href="tel:988">988</a> (US) or your local emergency number now.
      </p>
    </div>
  )
}
