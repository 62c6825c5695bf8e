import { badgeChangeTimes, type TrustBadge } from '@haven/schemas'
import type { GlobalAfterChangeHook } from 'payload'

import { globals } from '../slugs'

/**
 * Reader pages are cached until something changes, but a trust badge's validity ends on a date, with
 * no save: so after every published change of the site settings, the refreshes of the footer are
 * queued for the moments the shown badges change (each start ahead, the instant after each end),
 * replacing those queued before. The CMS's job runner sends them (jobs.ts); pages also re-render
 * hourly, should the runner be stopped.
 */
export const scheduleBadgeRefresh: GlobalAfterChangeHook = async ({ doc, req }) => {
  if ((doc as { _status?: unknown })._status === 'draft') return doc
  await req.payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'refreshWeb' } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
    req,
  })
  const badges = ((doc as { trustBadges?: TrustBadge[] | null }).trustBadges ?? []).filter(
    (badge) => badge.validUntil,
  )
  for (const waitUntil of badgeChangeTimes(badges, new Date()))
    await req.payload.jobs.queue({
      task: 'refreshWeb',
      input: { tags: [globals.siteSettings] },
      waitUntil,
      req,
    })
  return doc
}
