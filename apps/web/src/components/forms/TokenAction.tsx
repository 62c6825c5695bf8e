'use client'

import { useEffect, useRef, useState } from 'react'

import { useFormPost } from './useFormPost'

/**
 * The button behind a link from one of our emails (confirm, unsubscribe). The token is read in the
 * browser, so the page itself stays static; one press does the job, so a mail scanner that merely opens
 * the link changes nothing.
 */
export function TokenAction({ endpoint, label }: { endpoint: string; label: string }) {
  const [token, setToken] = useState<string | null | undefined>(undefined)
  const { state, send } = useFormPost(endpoint)
  const result = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    // The address is only known in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToken(new URLSearchParams(window.location.search).get('token'))
  }, [])
  useEffect(() => {
    if (state.status === 'done' || state.status === 'error') result.current?.focus()
  }, [state.status])

  if (token === undefined) return null
  if (!token) return <p role="alert">This link is incomplete. Please open the link from the email again.</p>
  if (state.status === 'done' || state.status === 'error')
    return (
      <p
        ref={result}
        tabIndex={-1}
        role={state.status === 'done' ? 'status' : 'alert'}
        className={state.status === 'done' ? 'form-confirmation' : 'form-error'}
      >
        {state.message}
      </p>
    )
  return (
    <button
      type="button"
      className="token-action"
      disabled={state.status === 'sending'}
      onClick={() => void send({ token })}
    >
      {label}
    </button>
  )
}
