'use client'

import {
  CONSENT_STATE_ATTRIBUTE,
  consentModeSignals,
  type ConsentChoice,
  type ConsentRecord,
} from '@haven/schemas/browser'
import type { ConsentSettings } from '@haven/schemas'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'

import { ConsentBanner } from './ConsentBanner'
import { readConsent, writeConsent } from './consent-cookie'

type ConsentContextValue = {
  /** The reader's choice for the current wording; `null` until they make one (or before hydration). */
  consent: ConsentRecord | null
  /** Stores a choice, tells Consent Mode and closes the banner. */
  choose: (choice: ConsentChoice) => void
  /** Opens the banner again (the footer's "Cookie settings"). */
  reopen: () => void
}

const ConsentContext = createContext<ConsentContextValue | null>(null)

/**
 * The reader's consent, for components that load something only with it (VideoPreview), or `null`
 * outside a provider: there, nothing has been agreed to, and nothing can be.
 */
export function useConsent(): ConsentContextValue | null {
  return useContext(ConsentContext)
}

type GtagWindow = Window & { gtag?: (...args: unknown[]) => void }

function updateConsentMode(choice: ConsentChoice): void {
  // The inline script in <head> defined gtag and set every signal to denied before anything else ran.
  ;(window as GtagWindow).gtag?.('consent', 'update', consentModeSignals(choice))
}

/**
 * Reads the consent cookie in the browser (reader pages stay static: the server never sees it), shows
 * the banner until the reader chooses for this version of the wording, and shares the choice.
 */
export function ConsentProvider({ settings, children }: { settings: ConsentSettings; children: ReactNode }) {
  const [consent, setConsent] = useState<ConsentRecord | null>(null)
  // Rendered in every page's HTML as `first-visit`; CSS shows it only while the head script (see
  // consentStateScript) has marked the page `pending`, so it never appears late and moves the page.
  const [banner, setBanner] = useState<'closed' | 'first-visit' | 'reopened'>('first-visit')
  // Where focus goes back to once the banner closes (the footer button that reopened it).
  const returnFocus = useRef<HTMLElement | null>(null)
  // The pending move of focus after a choice: cancelled if the banner is reopened before it runs.
  const pendingFocus = useRef<number | null>(null)

  useEffect(() => {
    const stored = readConsent(settings.version)
    // Reading a browser-only value after hydration is what this effect is for.
    /* eslint-disable react-hooks/set-state-in-effect */
    if (stored) {
      setConsent(stored)
      updateConsentMode(stored)
      setBanner('closed')
    }
    // The cookie's full check decides (the head script only looks at the version).
    document.documentElement.setAttribute(CONSENT_STATE_ATTRIBUTE, stored ? 'chosen' : 'pending')
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [settings.version])

  const choose = useCallback(
    (choice: ConsentChoice) => {
      const record: ConsentRecord = { version: settings.version, date: new Date().toISOString(), ...choice }
      writeConsent(record)
      updateConsentMode(choice)
      setConsent(record)
      setBanner('closed')
      document.documentElement.setAttribute(CONSENT_STATE_ATTRIBUTE, 'chosen')
      // The button the reader pressed disappears with the banner: keep their place.
      const target = returnFocus.current ?? document.getElementById('main')
      returnFocus.current = null
      if (document.activeElement?.closest('.consent-banner'))
        pendingFocus.current = requestAnimationFrame(() => {
          pendingFocus.current = null
          // Only where focus was lost with the banner; never away from where the reader has moved on to.
          if (!document.activeElement || document.activeElement === document.body) target?.focus()
        })
    },
    [settings.version],
  )
  const reopen = useCallback(() => {
    if (pendingFocus.current !== null) cancelAnimationFrame(pendingFocus.current)
    pendingFocus.current = null
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setBanner('reopened')
  }, [])
  const value = useMemo(() => ({ consent, choose, reopen }), [consent, choose, reopen])

  return (
    <ConsentContext.Provider value={value}>
      {banner === 'closed' ? null : (
        <ConsentBanner
          settings={settings}
          firstVisit={banner === 'first-visit'}
          current={consent}
          takeFocus={banner === 'reopened'}
          onChoose={choose}
        />
      )}
      {children}
    </ConsentContext.Provider>
  )
}
