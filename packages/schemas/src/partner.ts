import { z } from 'zod'

import { mediaSchema } from './media'
import { documentIdSchema, relationSchema, selectOf } from './relation'
import { slugSchema } from './slug'

/**
 * A partner company (`partners` collection) as populated in an offers block; the web never reads
 * partners on their own. Readers only ever receive published, active partners: any other comes back
 * as its id, and the web leaves it out (see `activePartnersOf`). The CMS populates exactly these
 * fields ({@link partnerPopulate}).
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
  logo: relationSchema(mediaSchema)
    .nullish()
    .describe('A square logo shown beside the offer (decorative: the name is printed beside it)'),
  active: z.boolean().nullish(),
})
export type Partner = z.infer<typeof partnerSchema>

/** The `defaultPopulate` of the partners collection. */
export const partnerPopulate = selectOf(partnerSchema)
