import { articlePopulate } from '@haven/schemas'
import type { CollectionConfig } from 'payload'

import { validateDrafts } from '../../fields/draftRules'
import { canCreateArticle } from '../../access/canCreateArticle'
import { canUpdateArticle } from '../../access/canUpdateArticle'
import { editorsOnly } from '../../access/editorsOnly'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { staffOnly } from '../../access/staffOnly'
import { staffOnlyField } from '../../access/staffOnlyField'
import { articleBlocks } from '../../blocks'
import { bodyEditor } from '../../editor/features'
import { slugField } from '../../fields/slug'
import { sourcesField } from '../../fields/sources'
import { workflowFields } from '../../fields/workflow'
import { publicationRules } from './publicationRules'
import { validateCitations } from './validateCitations'
import { validateAuthors, validateReviewers } from './validatePeople'
import { articleWorkflow, keepPublished } from './workflowHook'
import { notifyWorkflow } from '../../hooks/notifyWorkflow'
import { protectReferencedDelete } from '../../hooks/protectReferenced'
import { redirectOldSlug } from '../../hooks/redirectOldSlug'
import { revalidateWeb } from '../../hooks/revalidateWeb'
import { validateReferences } from '../../hooks/validateReferences'
import { workflowAction } from '../../endpoints/workflowAction'
import { articleLivePreview, articlePreviewUrl } from '../../lib/preview'
import { collections } from '../../slugs'

/** Mental-health articles: written by writers, reviewed by licensed clinicians, with partner offers disclosed. */
// Field rules hold on drafts too; a draft may leave fields empty (fields/draftRules.ts).
export const Articles: CollectionConfig = validateDrafts({
  slug: collections.articles,
  // What another document gets when it populates this one: the shape the web parses (see @haven/schemas).
  defaultPopulate: articlePopulate,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowState', '_status', 'nextReviewDue', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    preview: articlePreviewUrl,
    livePreview: articleLivePreview,
    components: {
      edit: {
        // The workflow's steps as buttons (the "Workflow" list is read-only in the admin).
        beforeDocumentControls: ['/components/WorkflowButtons#WorkflowButtons'],
        PublishButton: '/components/WorkflowButtons#PublishGate',
      },
      views: {
        edit: {
          // The clinical review screen: the article as readers see it, what changed, Approve / Request changes.
          review: {
            Component: '/components/ReviewView#ReviewView',
            path: '/review',
            tab: { label: 'Review', href: '/review', order: 150 },
          },
        },
      },
    },
  },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    create: canCreateArticle,
    update: canUpdateArticle,
    delete: editorsOnly,
  },
  versions: {
    // Scheduling to the minute on a 24-hour clock (Payload's default picker offers 5-minute steps).
    drafts: { autosave: false, schedulePublish: { timeIntervals: 1, timeFormat: 'HH:mm' } },
    maxPerDoc: 100,
  },
  // The workflow's steps as one call each (submit, approve, request changes): see endpoints/workflowAction.ts.
  endpoints: [workflowAction],
  hooks: {
    beforeOperation: [keepPublished],
    beforeChange: [articleWorkflow, publicationRules, validateReferences, validateCitations],
    afterChange: [redirectOldSlug('/articles'), revalidateWeb, notifyWorkflow],
    beforeDelete: [protectReferencedDelete],
    afterDelete: [revalidateWeb],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 320,
      admin: { description: 'One or two sentences for listings and search results.' },
    },
    { name: 'heroImage', type: 'upload', relationTo: collections.media, required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'authors',
          type: 'relationship',
          relationTo: collections.people,
          hasMany: true,
          required: true,
          filterOptions: { roles: { in: ['writer'] } },
          validate: validateAuthors,
        },
        {
          name: 'reviewers',
          type: 'relationship',
          relationTo: collections.people,
          hasMany: true,
          filterOptions: { roles: { in: ['reviewer'] } },
          validate: validateReviewers,
          admin: { description: 'Licensed clinicians; required before publishing.' },
        },
      ],
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: collections.topics,
      hasMany: true,
      required: true,
      minRows: 1,
    },
    { name: 'body', type: 'richText', required: true, editor: bodyEditor(articleBlocks) },
    sourcesField,
    {
      name: 'publishedAt',
      label: 'Published',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
        description: 'Set when first published.',
        readOnly: true,
      },
    },
    {
      name: 'contentUpdatedAt',
      label: 'Content updated',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
      },
    },
    {
      name: 'lastReviewedAt',
      label: 'Last clinically reviewed',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
      },
    },
    { name: 'featured', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    ...workflowFields,
    // Derived on every save from the body (see validateReferences); never edited.
    {
      name: 'references',
      type: 'text',
      hasMany: true,
      admin: { hidden: true },
      access: { read: staffOnlyField },
    },
  ],
})
