'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

/** How often a draft preview in its own tab re-reads the draft, so an editor sees each save. */
const REFRESH_MS = 3000

/**
 * The CMS admin's origin when this page is its Live Preview (framed by the admin, or a window it
 * opened), else null. The admin is the page's parent, so the browser names it: the ancestor origin
 * (Chromium, Safari) or the referrer, which the admin's Referrer-Policy cuts to its origin.
 */
function adminOrigin(): string | null {
  const framed = window.parent !== window
  if (!framed && !window.opener) return null
  const ancestor = window.location.ancestorOrigins?.[0]
  if (ancestor) return ancestor
  try {
    return document.referrer ? new URL(document.referrer).origin : null
  } catch {
    return null
  }
}

const noSubscription = () => () => {}

/**
 * Shown only in draft mode: says that this is the latest draft, not what readers see, and offers a way
 * out. Beside the editor (Payload's Live Preview) the page re-reads the draft whenever the editor saves;
 * in a tab of its own it re-reads it every few seconds.
 */
export function PreviewBanner({ path }: { path: string }) {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  // Known only in the browser (undefined while rendering on the server: neither refresher runs).
  const admin = useSyncExternalStore(noSubscription, adminOrigin, () => undefined)
  useEffect(() => {
    if (admin !== null) return
    const timer = setInterval(refresh, REFRESH_MS)
    return () => clearInterval(timer)
  }, [admin, refresh])
  return (
    <div role="status" className="preview-banner" data-live-preview={admin ? 'on' : undefined}>
      {admin ? <RefreshRouteOnSave refresh={refresh} serverURL={admin} /> : null}
      Preview of the latest draft: readers do not see this version.{' '}
      <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`} target={admin ? '_top' : undefined}>
        Leave preview
      </a>
    </div>
  )
}
