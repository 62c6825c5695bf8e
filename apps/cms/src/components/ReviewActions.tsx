'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Answer = { message?: string; errors?: { message?: string }[] }

/**
 * The review screen's only actions: Approve, or Request changes with a note (required). Posts to
 * `/api/articles/:id/workflow`; a refusal is shown as the server's sentence, beside the buttons and
 * as a toast.
 */
export function ReviewActions({ id, refusal }: { id: string; refusal: string | null }) {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const router = useRouter()
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (refusal) return <p className="haven-alert">{refusal}</p>

  const act = async (action: 'approve' | 'request_changes') => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${serverURL}${routes.api}/articles/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, note }),
      })
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        const message = answer.errors?.[0]?.message ?? `The server answered ${response.status}.`
        setError(message)
        toast.error(message)
        return
      }
      toast.success(answer.message ?? 'Saved.')
      setNote('')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="review-note">Note to the writer</label>
      <textarea
        id="review-note"
        value={note}
        maxLength={4000}
        onChange={(event) => setNote(event.target.value)}
        placeholder="Required to request changes: say what needs to change and why."
      />
      <div className="haven-actions">
        <Button buttonStyle="primary" disabled={busy} onClick={() => void act('approve')} type="button">
          Approve
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={busy}
          onClick={() => void act('request_changes')}
          type="button"
        >
          Request changes
        </Button>
      </div>
      {error ? (
        <p className="haven-alert" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
