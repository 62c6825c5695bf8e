import type { CollectionConfig } from 'payload'

import { collections } from '../slugs'

/** One row per attempt at a reader-facing form, for rate limiting (see lib/rateLimit.ts). Never exposed. */
export const RateLimitHits: CollectionConfig = {
  slug: collections.rateLimitHits,
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [{ name: 'key', type: 'text', required: true, index: true }],
}
