import type { Block } from 'payload'

import { collections } from '../slugs'

/** Links to related articles; each must exist (and be published when the article is). */
export const FurtherReading: Block = {
  slug: 'furtherReading',
  interfaceName: 'FurtherReadingBlock',
  labels: { singular: 'Further reading', plural: 'Further reading lists' },
  fields: [
    { name: 'title', type: 'text', defaultValue: 'For Further Reading', maxLength: 120 },
    {
      name: 'articles',
      type: 'relationship',
      relationTo: collections.articles,
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 10,
    },
  ],
}
