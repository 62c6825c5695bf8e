'use client'

import { useConsent } from './ConsentProvider'

/** The footer's way back to the banner: withdrawing consent takes as few clicks as giving it. */
export function CookieSettingsButton() {
  const consent = useConsent()
  if (!consent) return null
  return (
    <button type="button" className="link-button" onClick={consent.reopen}>
      Cookie settings
    </button>
  )
}
