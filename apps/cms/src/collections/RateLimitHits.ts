import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { collections } from '../slugs'

/** One row per attempt at a reader-facing form, for rate limiting (see lib/rateLimit.ts). Never exposed. */
export const RateLimitHits: CollectionConfig = {
  slug: collections.rateLimitHits,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'key', type: 'text', required: true, index: true }],
}
