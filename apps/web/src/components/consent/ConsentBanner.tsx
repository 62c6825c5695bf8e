'use client'

import {
  consentCategoryLabels,
  optionalConsentCategories,
  type ConsentChoice,
  type ConsentRecord,
} from '@haven/schemas/browser'
import type { ConsentSettings } from '@haven/schemas'
import { useEffect, useId, useRef, useState } from 'react'

const all = (on: boolean): ConsentChoice => ({ media: on, analytics: on, marketing: on })

/**
 * The cookie banner. It sits in the page's flow above the header rather than floating over it, so it
 * never hides the element that has focus (WCAG 2.2, 2.4.11). Accepting, rejecting and opening the
 * settings are three buttons of the same size and weight.
 */
export function ConsentBanner({
  settings,
  current,
  firstVisit = false,
  takeFocus,
  onChoose,
}: {
  settings: ConsentSettings
  /** Shown on a first visit: then CSS shows it only while `<html data-consent="pending">`. */
  firstVisit?: boolean
  current: ConsentRecord | null
  /** Move focus to the banner (it was reopened from the footer). */
  takeFocus: boolean
  onChoose: (choice: ConsentChoice) => void
}) {
  const headingId = useId()
  const panelId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [showSettings, setShowSettings] = useState(false)
  const [draft, setDraft] = useState<ConsentChoice>(current ?? all(false))

  useEffect(() => {
    if (!takeFocus) return
    heading.current?.scrollIntoView?.({ block: 'start' })
    heading.current?.focus()
  }, [takeFocus])

  return (
    <section
      className="consent-banner"
      aria-labelledby={headingId}
      {...(firstVisit ? { 'data-first-visit': '' } : {})}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {settings.heading}
      </h2>
      <p>{settings.body}</p>
      <div className="consent-banner__actions">
        <button type="button" onClick={() => onChoose(all(true))}>
          Accept all
        </button>
        <button type="button" onClick={() => onChoose(all(false))}>
          Reject all
        </button>
        <button
          type="button"
          aria-expanded={showSettings}
          aria-controls={panelId}
          onClick={() => setShowSettings((open) => !open)}
        >
          Settings
        </button>
      </div>
      <form
        id={panelId}
        hidden={!showSettings}
        className="consent-banner__settings"
        onSubmit={(event) => {
          event.preventDefault()
          onChoose(draft)
        }}
      >
        <fieldset>
          <legend>Choose by category</legend>
          <div className="consent-banner__category">
            <input
              type="checkbox"
              id={`${panelId}-necessary`}
              checked
              disabled
              aria-describedby={`${panelId}-necessary-text`}
            />
            <label htmlFor={`${panelId}-necessary`}>{consentCategoryLabels.necessary} (always on)</label>
            <p id={`${panelId}-necessary-text`}>{settings.necessary}</p>
          </div>
          {optionalConsentCategories.map((category) => (
            <div className="consent-banner__category" key={category}>
              <input
                type="checkbox"
                id={`${panelId}-${category}`}
                checked={draft[category]}
                onChange={(event) => setDraft({ ...draft, [category]: event.target.checked })}
                aria-describedby={`${panelId}-${category}-text`}
              />
              <label htmlFor={`${panelId}-${category}`}>{consentCategoryLabels[category]}</label>
              <p id={`${panelId}-${category}-text`}>{settings[category]}</p>
            </div>
          ))}
        </fieldset>
        <button type="submit">Save my choices</button>
      </form>
    </section>
  )
}
