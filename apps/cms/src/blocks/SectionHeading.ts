import type { Block } from 'payload'

/** An H2 section heading; its short label is what the table of contents shows. */
export const SectionHeading: Block = {
  slug: 'sectionHeading',
  interfaceName: 'SectionHeadingBlock',
  labels: { singular: 'Section heading (H2)', plural: 'Section headings' },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 160 },
    {
      name: 'tocLabel',
      type: 'text',
      maxLength: 48,
      admin: { description: 'Short label for the table of contents (defaults to the heading).' },
    },
  ],
}
