import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <div className="notice">
      <h1>We couldn’t find that page</h1>
      <p>The page may have moved, or the address may be mistyped.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  )
}
