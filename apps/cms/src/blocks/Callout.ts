import type { Block } from 'payload'

import { simpleTextEditor } from '../editor/features'

/** An editorial callout, e.g. "When to seek professional support". */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Editorial callout', plural: 'Editorial callouts' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'seek-help',
      options: [
        { label: 'When to seek help', value: 'seek-help' },
        { label: 'Note', value: 'note' },
        { label: 'Warning', value: 'warning' },
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    { name: 'body', type: 'richText', required: true, editor: simpleTextEditor },
  ],
}
