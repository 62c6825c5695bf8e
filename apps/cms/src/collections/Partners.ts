import { partnerPopulate } from '@haven/schemas'
import type { CollectionConfig } from 'payload'

import { validateDrafts } from '../fields/draftRules'
import { editorManagedAccess } from '../access/editorManagedAccess'
import { publishedActivePartnerOrStaff } from '../access/publishedActivePartnerOrStaff'
import { slugField } from '../fields/slug'
import { httpsUrl } from '../fields/validators'
import { revalidateWeb } from '../hooks/revalidateWeb'
import { collections } from '../slugs'

/**
 * Companies whose offers appear in articles, always labelled and disclosed. Readers (and the web app)
 * see only active, published partners: deactivating one removes its offers from every page.
 */
// Field rules hold on drafts too; a draft may leave fields empty (fields/draftRules.ts).
export const Partners: CollectionConfig = validateDrafts({
  slug: collections.partners,
  // What another document gets when it populates this one: the shape the web parses (see @haven/schemas).
  defaultPopulate: partnerPopulate,
  admin: {
    group: 'Content',
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'active', 'updatedAt'],
  },
  access: {
    ...editorManagedAccess,
    read: publishedActivePartnerOrStaff,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [revalidateWeb], afterDelete: [revalidateWeb] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField({ from: 'name' }),
    {
      name: 'disclosureName',
      type: 'text',
      required: true,
      maxLength: 80,
      admin: { description: 'The name used in disclosures, e.g. "Harborline Therapy".' },
    },
    {
      name: 'category',
      type: 'text',
      required: true,
      maxLength: 60,
      admin: { description: 'e.g. Online therapy' },
    },
    { name: 'offerText', type: 'textarea', required: true, maxLength: 400 },
    {
      name: 'ctaLabel',
      type: 'text',
      required: true,
      maxLength: 40,
      admin: { description: 'e.g. Visit Harborline' },
    },
    { name: 'url', type: 'text', required: true, validate: httpsUrl('url') },
    {
      name: 'logo',
      type: 'upload',
      relationTo: collections.media,
      admin: { description: 'A square logo, shown at 56 px beside the offer. Optional.' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: 'Inactive partners cannot be added to articles and vanish from pages.',
      },
    },
  ],
})
