import type { Metadata } from 'next'

import { TokenAction } from '@/components/forms/TokenAction'
import '@/components/forms/forms.css'

export const metadata: Metadata = {
  title: 'Unsubscribe',
  robots: { index: false, follow: false },
}

/** Where every newsletter's unsubscribe link leads: one press, no sign-in, no questions. */
export default function UnsubscribePage() {
  return (
    <div className="notice">
      <h1>Unsubscribe from the Haven newsletter</h1>
      <p>One press and you will get no more newsletters from us.</p>
      <TokenAction endpoint="/api/newsletter/unsubscribe" label="Unsubscribe" />
    </div>
  )
}
