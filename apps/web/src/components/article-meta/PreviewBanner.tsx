'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** How often a draft preview re-reads the draft, so an editor sees each save as they work. */
const REFRESH_MS = 3000

/**
 * Shown only in draft mode: says that this is the latest draft, not what readers see, offers a way
 * out, and refreshes the page from the CMS every few seconds so saved changes appear while editing.
 */
export function PreviewBanner({ path }: { path: string }) {
  const router = useRouter()
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS)
    return () => clearInterval(timer)
  }, [router])
  return (
    <div role="status" className="preview-banner">
      Preview of the latest draft: readers do not see this version.{' '}
      <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>Leave preview</a>
    </div>
  )
}
