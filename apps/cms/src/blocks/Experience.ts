import type { Block } from 'payload'

import { simpleTextEditor } from '../editor/features'

/** The author's first-person section; the web app credits it to the article's first author. */
export const Experience: Block = {
  slug: 'experience',
  interfaceName: 'ExperienceBlock',
  labels: { singular: 'Author’s experience', plural: 'Author’s experience sections' },
  fields: [
    { name: 'title', type: 'text', required: true, defaultValue: 'In My Experience', maxLength: 120 },
    { name: 'body', type: 'richText', required: true, editor: simpleTextEditor },
  ],
}
