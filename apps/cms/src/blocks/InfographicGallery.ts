import type { Block } from 'payload'

import { collections } from '../slugs'

/** Infographics, each a figure with a title, the image's alt text and a long description. */
export const InfographicGallery: Block = {
  slug: 'infographicGallery',
  interfaceName: 'InfographicGalleryBlock',
  labels: { singular: 'Infographic gallery', plural: 'Infographic galleries' },
  fields: [
    { name: 'title', type: 'text', maxLength: 120 },
    {
      name: 'images',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      required: true,
      fields: [
        { name: 'image', type: 'upload', relationTo: collections.media, required: true },
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        {
          name: 'description',
          type: 'textarea',
          required: true,
          admin: { description: 'Everything the infographic says, in words, for readers who cannot see it.' },
        },
      ],
    },
  ],
}
