import type { Block, RelationshipFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { httpsUrl } from '../fields/validators'
import { collections } from '../slugs'

const idPatterns: Record<string, { pattern: RegExp; hint: string }> = {
  youtube: {
    pattern: /^[A-Za-z0-9_-]{11}$/,
    hint: '11 letters, digits, - or _ (the part after v= in a YouTube address)',
  },
  vimeo: { pattern: /^\d{6,12}$/, hint: 'the digits at the end of a Vimeo address' },
}

const validateVideoId: TextFieldSingleValidation = (value, { siblingData }) => {
  const provider = (siblingData as { provider?: string }).provider ?? 'youtube'
  const rule = idPatterns[provider]
  if (!value) return 'videoId: is required'
  return rule && !rule.pattern.test(value) ? `videoId: a ${provider} id is ${rule.hint}` : true
}

const presenterRole: RelationshipFieldSingleValidation = async (value, { req }) => {
  if (value === null || value === undefined) return 'presenter: choose the person who presents the video'
  const id = typeof value === 'object' && 'value' in value ? value.value : value
  const person = await req.payload
    .findByID({
      collection: collections.people,
      id: id as number,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)
  if (!person) return `presenter: person ${String(id)} does not exist`
  return person.roles?.includes('presenter')
    ? true
    : `presenter: "${person.name}" does not have the presenter role`
}

/** An embedded video, shown as a click-to-load preview with its transcript. */
export const Video: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'provider',
          type: 'select',
          required: true,
          defaultValue: 'youtube',
          options: [
            { label: 'YouTube (privacy-enhanced)', value: 'youtube' },
            { label: 'Vimeo', value: 'vimeo' },
          ],
        },
        { name: 'videoId', type: 'text', required: true, validate: validateVideoId },
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    {
      name: 'presenter',
      type: 'relationship',
      relationTo: collections.people,
      required: true,
      validate: presenterRole,
    },
    {
      name: 'transcript',
      type: 'textarea',
      required: true,
      admin: { description: 'The full transcript, shown under the video.' },
    },
    { name: 'captionsUrl', type: 'text', validate: httpsUrl('captionsUrl', { optional: true }) },
  ],
}
