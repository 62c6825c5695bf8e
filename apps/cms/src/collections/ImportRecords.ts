import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../access/adminsOnly'
import { staffOnly } from '../access/staffOnly'
import { collections } from '../slugs'

/** Kinds of WordPress things the importer maps onto Haven documents. */
export const importKinds = ['person', 'category', 'tag', 'media', 'article', 'page'] as const
export type ImportKind = (typeof importKinds)[number]

/**
 * What an import made of each item of a source site: the key is the export's site URL, the kind and
 * the WordPress id (an author's login, a term's or a post's id). Kept apart from the content
 * collections so their shape stays Haven's own. A record is written before its document (with the
 * slug or file name it claims) and completed after: a run killed between the two adopts the document
 * it finds under that claim instead of making a second one.
 */
export const ImportRecords: CollectionConfig = {
  slug: collections.importRecords,
  admin: {
    group: 'Site',
    useAsTitle: 'key',
    defaultColumns: ['source', 'kind', 'wpId', 'targetCollection', 'targetId', 'updatedAt'],
    description: 'What the WordPress importer made of each item it imported (npm run import:wordpress).',
  },
  // Staff may look (to trace a document to its source); only admins, or the importer itself, change them.
  access: { read: staffOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  indexes: [{ fields: ['source', 'kind', 'wpId'], unique: true }],
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    { name: 'source', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: importKinds.map((value) => ({ value, label: value })),
      admin: { readOnly: true },
    },
    { name: 'wpId', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'targetCollection', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'targetId',
      type: 'text',
      admin: { readOnly: true, description: 'Empty while the document is being made.' },
    },
    {
      name: 'claim',
      type: 'text',
      admin: { readOnly: true, description: 'The slug or file name the document was made under.' },
    },
    { name: 'hash', type: 'text', admin: { hidden: true } },
  ],
}
