import { z } from 'zod'

import { mediaSchema } from './media'
import { relationSchema } from './relation'

/** The `meta` group the SEO plugin adds to articles and pages. */
export const seoMetaSchema = z.object({
  title: z.string().nullish().describe('The page title in search results and browser tabs'),
  description: z.string().nullish().describe('The snippet in search results'),
  image: relationSchema(mediaSchema).nullish().describe('The image shown when the page is shared'),
})
export type SeoMeta = z.infer<typeof seoMetaSchema>
