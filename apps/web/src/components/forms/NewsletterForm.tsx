'use client'

import { HONEYPOT_FIELD } from '@haven/schemas/browser'
import { useId, type FormEvent } from 'react'

import { Honeypot } from './Honeypot'
import { useFormPost } from './useFormPost'

/** Email and topics of interest; the answer never says whether the address was already subscribed. */
export function NewsletterForm({
  heading,
  body,
  ctaLabel,
  topics,
}: {
  heading: string
  body?: string | null
  ctaLabel: string
  topics: { id: string | number; title: string }[]
}) {
  const id = useId()
  const { state, send, errorFor } = useFormPost('/api/newsletter/subscribe')
  const emailError = errorFor('email')

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    // `send` never rejects: a failed request becomes the form's error state.
    void send({
      email: String(data.get('email') ?? ''),
      topics: data
        .getAll('topics')
        .map((value) => (/^\d+$/.test(String(value)) ? Number(value) : String(value))),
      [HONEYPOT_FIELD]: String(data.get(HONEYPOT_FIELD) ?? ''),
    })
  }

  return (
    <section className="newsletter" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {body ? <p>{body}</p> : null}
      {state.status === 'done' ? (
        <p role="status" className="form-confirmation">
          {state.message}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <div className="form-field">
            <label htmlFor={`${id}-email`}>Email address</label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? `${id}-email-error` : undefined}
            />
            {emailError ? (
              <p id={`${id}-email-error`} className="form-error">
                {emailError}
              </p>
            ) : null}
          </div>
          {topics.length ? (
            <fieldset className="newsletter__topics">
              <legend>Topics of interest (optional)</legend>
              {topics.map((topic) => (
                <div key={topic.id}>
                  <input
                    id={`${id}-topic-${topic.id}`}
                    type="checkbox"
                    name="topics"
                    value={String(topic.id)}
                  />
                  <label htmlFor={`${id}-topic-${topic.id}`}>{topic.title}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <Honeypot />
          <button type="submit" disabled={state.status === 'sending'}>
            {ctaLabel}
          </button>
          {state.status === 'error' ? (
            <p role="alert" className="form-error">
              {state.message}
            </p>
          ) : null}
        </form>
      )}
    </section>
  )
}
