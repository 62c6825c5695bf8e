'use client'

import type { SiteForm as SiteFormData } from '@haven/schemas'
import { FORM_FIELD_MAX_LENGTH, HONEYPOT_FIELD } from '@haven/schemas/browser'
import { useId, useRef, type FormEvent, type ReactNode } from 'react'

import { Honeypot } from './Honeypot'
import { useFormPost } from './useFormPost'

/**
 * A form editors built in the CMS (Contact Us, Write for Us). The server checks every answer; its
 * message names the field and the rule, shown beside the field and announced.
 */
export function SiteForm({ form, confirmation }: { form: SiteFormData; confirmation?: ReactNode }) {
  const id = useId()
  const { state, send, errorFor } = useFormPost('/api/forms/submit')
  const done = useRef<HTMLDivElement>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const fields: Record<string, string | boolean> = {}
    for (const field of form.fields) {
      if (!field.name || field.blockType === 'message') continue
      fields[field.name] =
        field.blockType === 'checkbox' ? data.get(field.name) === 'on' : String(data.get(field.name) ?? '')
    }
    // `send` never rejects: a failed request becomes the form's error state.
    void send({ form: form.id, fields, [HONEYPOT_FIELD]: String(data.get(HONEYPOT_FIELD) ?? '') }).then(
      (ok) => {
        if (ok) requestAnimationFrame(() => done.current?.focus())
      },
    )
  }

  if (state.status === 'done')
    return (
      <div ref={done} tabIndex={-1} role="status" className="form-confirmation">
        <p>
          <strong>{state.message}</strong>
        </p>
        {confirmation}
      </div>
    )

  return (
    <form className="site-form" onSubmit={onSubmit} noValidate aria-label={form.title}>
      {form.fields.map((field) => {
        if (!field.name || field.blockType === 'message') return null
        const inputId = `${id}-${field.name}`
        const error = errorFor(field.name)
        const described = error ? { 'aria-describedby': `${inputId}-error`, 'aria-invalid': true } : {}
        const label = `${field.label ?? field.name}${field.required ? '' : ' (optional)'}`
        let control: ReactNode
        switch (field.blockType) {
          case 'textarea':
            control = (
              <textarea
                id={inputId}
                name={field.name}
                rows={8}
                required={Boolean(field.required)}
                maxLength={FORM_FIELD_MAX_LENGTH.textarea}
                {...described}
              />
            )
            break
          case 'select':
            control = (
              <select id={inputId} name={field.name} required={Boolean(field.required)} {...described}>
                <option value="">Choose…</option>
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )
            break
          case 'checkbox':
            control = (
              <input
                id={inputId}
                name={field.name}
                type="checkbox"
                required={Boolean(field.required)}
                {...described}
              />
            )
            break
          default:
            control = (
              <input
                id={inputId}
                name={field.name}
                type={field.blockType === 'email' ? 'email' : 'text'}
                autoComplete={
                  field.blockType === 'email' ? 'email' : field.name === 'name' ? 'name' : undefined
                }
                required={Boolean(field.required)}
                maxLength={field.blockType === 'email' ? 254 : FORM_FIELD_MAX_LENGTH.text}
                {...described}
              />
            )
        }
        return (
          <div key={field.name} className={`form-field form-field--${field.blockType}`}>
            {field.blockType === 'checkbox' ? (
              <>
                {control}
                <label htmlFor={inputId}>{label}</label>
              </>
            ) : (
              <>
                <label htmlFor={inputId}>{label}</label>
                {control}
              </>
            )}
            {error ? (
              <p id={`${inputId}-error`} className="form-error">
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
      <Honeypot />
      <button type="submit" disabled={state.status === 'sending'}>
        {form.submitButtonLabel || 'Send'}
      </button>
      {state.status === 'error' ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
