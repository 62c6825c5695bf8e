import type { Metadata } from 'next'

import { TokenAction } from '@/components/forms/TokenAction'
import '@/components/forms/forms.css'

export const metadata: Metadata = {
  title: 'Confirm your subscription',
  robots: { index: false, follow: false },
}

/** Where the confirmation email's link leads: one press confirms the subscription. */
export default function ConfirmSubscriptionPage() {
  return (
    <div className="notice">
      <h1>Confirm your newsletter subscription</h1>
      <p>Press the button to start receiving the Haven newsletter at the address you gave us.</p>
      <TokenAction endpoint="/api/newsletter/confirm" label="Confirm my subscription" />
    </div>
  )
}
