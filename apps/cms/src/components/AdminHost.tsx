'use client'
/**
 * The admin talks to the CMS at its configured address (`CMS_URL`, Payload's `serverURL`): its saves,
 * uploads and pickers go there, and the session cookie is accepted only from there (`csrf`). Opened at
 * any other address (an IP, another host name, http instead of https), it could read but not save. This
 * says so at once, on every admin screen, with a link to the same screen at the right address.
 */
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState, type ReactNode } from 'react'

export function AdminHost({ children }: { children?: ReactNode }) {
  const { config } = useConfig()
  const [here, setHere] = useState<{ origin: string; path: string } | null>(null)
  // Read after hydration: the server renders no banner, so the first client render matches it.
  useEffect(() => {
    setHere({ origin: window.location.origin, path: window.location.pathname + window.location.search })
  }, [])
  const expected = config.serverURL ? new URL(config.serverURL).origin : null
  const wrong = here && expected && here.origin !== expected
  return (
    <>
      {wrong ? (
        <div
          role="alert"
          data-testid="admin-wrong-host"
          style={{
            padding: '12px 20px',
            background: 'var(--theme-error-100, #fde8e8)',
            color: 'var(--theme-error-800, #7a1c1c)',
            borderBottom: '1px solid var(--theme-error-300, #f5b5b5)',
            fontSize: 15,
          }}
        >
          This admin works only at <strong>{expected}</strong>; at {here.origin} nothing can be saved or
          uploaded. <a href={`${expected}${here.path}`}>Open this page at {expected}</a>.
        </div>
      ) : null}
      {children}
    </>
  )
}
