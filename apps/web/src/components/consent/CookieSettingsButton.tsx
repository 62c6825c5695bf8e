'use client'

import { useConsent } from './ConsentProvider'

/** The footer's way back to the banner: withdrawing consent takes as few clicks as giving it. */
export function CookieSettingsButton() {
  const { reopen } = useConsent()
  return (
    <button type="button" className="link-button" onClick={reopen}>
      Cookie settings
    </button>
  )
}
