import type { SubscriberCounts } from '@haven/schemas'
import type { Payload } from 'payload'

import { collections } from '../slugs'

/** How many subscribers are in each state: what editors may know of the list (never who is on it). */
export async function subscriberCounts(payload: Payload): Promise<SubscriberCounts> {
  const count = async (status: keyof SubscriberCounts) =>
    (
      await payload.count({
        collection: collections.subscribers,
        where: { status: { equals: status } },
        overrideAccess: true,
      })
    ).totalDocs
  const [pending, confirmed, unsubscribed] = await Promise.all([
    count('pending'),
    count('confirmed'),
    count('unsubscribed'),
  ])
  return { pending, confirmed, unsubscribed }
}
