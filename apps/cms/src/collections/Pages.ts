import { pagePopulate } from '@haven/schemas'
import type { CollectionConfig } from 'payload'

import { validateDrafts } from '../fields/draftRules'
import { editorManagedAccess } from '../access/editorManagedAccess'
import { staffOnlyField } from '../access/staffOnlyField'
import { pageBlocks } from '../blocks'
import { bodyEditor } from '../editor/features'
import { slugField } from '../fields/slug'
import { protectReferencedDelete } from '../hooks/protectReferenced'
import { redirectOldSlug } from '../hooks/redirectOldSlug'
import { revalidateWeb } from '../hooks/revalidateWeb'
import { validateReferences } from '../hooks/validateReferences'
import { collections } from '../slugs'

/** First path segments the reader site uses for its own routes: a page may not take them. */
export const reservedPageSlugs = [
  'api',
  'articles',
  'topics',
  'people',
  'directory',
  'search',
  'home',
  'admin',
  'preview',
  'feed',
  'sitemap',
  'robots',
  '_next',
] as const

/** Static pages: about us, policies, contact, careers, crisis resources… */
// Field rules hold on drafts too; a draft may leave fields empty (fields/draftRules.ts).
export const Pages: CollectionConfig = validateDrafts({
  slug: collections.pages,
  // What another document gets when it populates this one: the shape the web parses (see @haven/schemas).
  defaultPopulate: pagePopulate,
  admin: { group: 'Content', useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
  access: editorManagedAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [validateReferences],
    afterChange: [redirectOldSlug(''), revalidateWeb],
    beforeDelete: [protectReferencedDelete],
    afterDelete: [revalidateWeb],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField({ reserved: reservedPageSlugs }),
    { name: 'summary', type: 'textarea', maxLength: 320 },
    { name: 'body', type: 'richText', required: true, editor: bodyEditor(pageBlocks) },
    {
      name: 'references',
      type: 'text',
      hasMany: true,
      admin: { hidden: true },
      access: { read: staffOnlyField },
    },
  ],
})
