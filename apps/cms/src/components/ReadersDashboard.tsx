import type { Payload, TypedUser } from 'payload'

import { capabilitiesOf } from '../lib/workflow'
import { subscriberCounts } from '../lib/subscriberCounts'
import { collections } from '../slugs'

const number = new Intl.NumberFormat('en-GB')

/**
 * For editors and admins, on the admin dashboard: how many readers subscribe to the newsletter (counts
 * only: who subscribes, and to what, is for admins) and how many messages came through the site's forms
 * this week.
 */
export async function ReadersDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!capabilitiesOf(user).editor) return null
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString()
  const [counts, messages] = await Promise.all([
    subscriberCounts(payload),
    payload.count({
      collection: collections.formSubmissions,
      where: { createdAt: { greater_than_equal: weekAgo } },
      overrideAccess: false,
      user,
    }),
  ])
  const rows: [string, number][] = [
    ['Confirmed subscribers', counts.confirmed],
    ['Waiting for confirmation', counts.pending],
    ['Unsubscribed', counts.unsubscribed],
    ['Form messages in the last 7 days', messages.totalDocs],
  ]
  return (
    <section aria-labelledby="readers-dashboard-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="readers-dashboard-heading">Newsletter and messages</h2>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content auto', gap: '0.25rem 1.5rem' }}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }}>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={`/admin/collections/${collections.formSubmissions}`}>Read the form messages</a>
      </p>
    </section>
  )
}
