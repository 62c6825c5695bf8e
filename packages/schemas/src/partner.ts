import { z } from 'zod'

import { documentIdSchema, documentStatusSchema, timestampSchema } from './relation'
import { slugSchema } from './slug'

/**
 * A partner company (`partners` collection). Readers only ever receive published, active partners:
 * any other comes back as its id, and the web leaves it out (see `activePartnersOf`).
 */
export const partnerSchema = z.object({
  id: documentIdSchema,
  name: z.string().min(1).describe('e.g. Harborline'),
  slug: slugSchema,
  disclosureName: z.string().min(1).describe('The name used in disclosures, e.g. Harborline Therapy'),
  category: z.string().describe('e.g. Online therapy'),
  offerText: z.string().describe('What the offer box says'),
  ctaLabel: z.string().min(1).describe('e.g. Visit Harborline'),
  url: z.url({ protocol: /^https$/ }).describe('Where the call to action leads'),
  active: z.boolean().nullish(),
  updatedAt: timestampSchema,
  createdAt: timestampSchema,
  _status: documentStatusSchema.nullish(),
})
export type Partner = z.infer<typeof partnerSchema>
