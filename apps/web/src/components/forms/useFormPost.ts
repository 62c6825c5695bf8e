'use client'

import { isFormResponse, type FormResponse } from '@haven/schemas/browser'
import { useState } from 'react'

export type FormState =
  | { status: 'idle' | 'sending' }
  | { status: 'done' | 'error'; message: string; errors: NonNullable<FormResponse['errors']> }

/** Posts a reader form to one of the site's route handlers and keeps what the server answered. */
export function useFormPost(url: string) {
  const [state, setState] = useState<FormState>({ status: 'idle' })
  async function send(body: unknown): Promise<boolean> {
    setState({ status: 'sending' })
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer: unknown = await response.json()
      if (!isFormResponse(answer)) throw new Error('unexpected answer')
      const { ok, message, errors = [] } = answer
      setState({ status: ok ? 'done' : 'error', message, errors })
      return ok
    } catch {
      setState({
        status: 'error',
        message: 'We could not send the form. Check your connection and try again.',
        errors: [],
      })
      return false
    }
  }
  /** The server's message about one field, if it named it. */
  const errorFor = (field: string) =>
    state.status === 'error' ? state.errors.find((error) => error.field === field)?.message : undefined
  return { state, send, errorFor }
}
