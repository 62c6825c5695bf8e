import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <div className="notice">
      <h1>We couldn’t find that page</h1>
      <p>The page may have moved, or the address may be mistyped.</p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </div>
  )
}
