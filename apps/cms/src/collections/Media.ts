import { mediaPopulate } from '@haven/schemas'
import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { staffOnly } from '../access/staffOnly'
import { missingMediaFile } from '../endpoints/missingMediaFile'
import { env } from '../env'
import { revalidateWeb } from '../hooks/revalidateWeb'
import { collections } from '../slugs'

/**
 * Uploaded images. Alt text is required, except on headshots: a headshot's alt text is derived from
 * the person it shows (see People), so nobody types a name that can drift from the picture.
 */
export const Media: CollectionConfig = {
  slug: collections.media,
  // What another document gets when it populates this one: the shape the web parses (see @haven/schemas).
  defaultPopulate: mediaPopulate,
  admin: {
    group: 'Content',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'purpose', 'updatedAt'],
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: editorsOnly },
  // Pages that show an image are cached with the `media` tag: a corrected alt text or a replaced
  // file must reach them too.
  hooks: { afterChange: [revalidateWeb], afterDelete: [revalidateWeb] },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/svg+xml'],
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'card', width: 640, height: 360, position: 'centre' },
      { name: 'hero', width: 1280, height: 720, position: 'centre' },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    handlers: [missingMediaFile(env.mediaDir)],
  },
  fields: [
    {
      name: 'purpose',
      type: 'select',
      required: true,
      defaultValue: 'general',
      options: [
        { label: 'Illustration or photo', value: 'general' },
        { label: 'Headshot of a person (alt text comes from the person)', value: 'headshot' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'alt',
      type: 'text',
      maxLength: 300,
      admin: {
        description: 'What the image shows, for readers who cannot see it.',
        condition: (data) => data?.purpose !== 'headshot',
      },
      validate: (value: unknown, { siblingData }: { siblingData: { purpose?: string } }) => {
        if (siblingData?.purpose === 'headshot') return true
        return typeof value === 'string' && value.trim().length > 0
          ? true
          : 'alt: describe the image for readers who cannot see it (required except on headshots)'
      },
    },
    { name: 'credit', type: 'text', maxLength: 200 },
  ],
}
