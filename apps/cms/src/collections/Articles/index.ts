import { articlePopulate, isClinicalCredential } from '@haven/schemas'
import {
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type PayloadRequest,
  type RelationshipFieldManyValidation,
} from 'payload'

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
import { validateCitations } from './validateCitations'
import { articleWorkflow, keepPublished } from './workflowHook'
import { notifyWorkflow } from '../../hooks/notifyWorkflow'
import { protectReferencedDelete } from '../../hooks/protectReferenced'
import { redirectOldSlug } from '../../hooks/redirectOldSlug'
import { revalidateWeb } from '../../hooks/revalidateWeb'
import { validateReferences } from '../../hooks/validateReferences'
import { workflowAction } from '../../endpoints/workflowAction'
import { articlePreviewUrl } from '../../lib/preview'
import { refusalError } from '../../lib/refusal'
import { collections } from '../../slugs'

type Person = {
  id: number | string
  name: string
  roles?: string[] | null
  credentials?: { abbreviation?: string | null }[] | null
}

const ids = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [])
    .map((v) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : v))
    .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string')

async function loadPeople(req: PayloadRequest, personIds: (number | string)[]): Promise<Map<string, Person>> {
  if (personIds.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: collections.people,
    where: { id: { in: personIds } },
    depth: 0,
    draft: true,
    limit: personIds.length,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((p) => [String(p.id), p as Person]))
}

/** Each author must be a person with the writer role. */
const validateAuthors: RelationshipFieldManyValidation = async (value, { req }) => {
  const wanted = ids(value)
  if (wanted.length === 0) return 'authors: choose at least one author'
  const people = await loadPeople(req, wanted)
  for (const id of wanted) {
    const person = people.get(String(id))
    if (!person) return `authors: person ${String(id)} does not exist`
    if (!person.roles?.includes('writer'))
      return `authors: "${person.name}" is not a writer; an author must be a person with the writer role`
  }
  return true
}

/** Each clinical reviewer must hold a clinical credential (and the reviewer role), and not be an author. */
const validateReviewers: RelationshipFieldManyValidation = async (value, { req, siblingData }) => {
  const wanted = ids(value)
  const people = await loadPeople(req, wanted)
  const authors = new Set(ids((siblingData as { authors?: unknown }).authors).map(String))
  for (const id of wanted) {
    const person = people.get(String(id))
    if (!person) return `reviewers: person ${String(id)} does not exist`
    if (!(person.credentials ?? []).some((c) => isClinicalCredential(c.abbreviation ?? ''))) {
      return `reviewers: "${person.name}" holds no clinical credential; a clinical reviewer must be licensed (e.g. MD, PsyD, LCSW, LMFT)`
    }
    if (!person.roles?.includes('reviewer'))
      return `reviewers: "${person.name}" does not have the clinical reviewer role`
    if (authors.has(String(id)))
      return `reviewers: "${person.name}" is an author of this article and cannot also review it`
  }
  return true
}

/** Publishing needs a clinical reviewer and coherent dates; the published date defaults to now. */
const publicationRules: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (data._status !== 'published') return data
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []
  if (ids(merged.reviewers).length === 0) {
    errors.push({
      path: 'reviewers',
      message: 'reviewers: an article needs at least one clinical reviewer before it is published',
    })
  }
  const publishedAt = merged.publishedAt ? new Date(merged.publishedAt) : new Date()
  const updatedAt = merged.contentUpdatedAt ? new Date(merged.contentUpdatedAt) : null
  if (updatedAt && updatedAt < publishedAt) {
    errors.push({
      path: 'contentUpdatedAt',
      message: 'contentUpdatedAt: the content cannot be updated before it was published',
    })
  }
  if (errors.length) throw refusalError(req, { collection: collections.articles }, errors)
  return { ...data, publishedAt: publishedAt.toISOString() }
}

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
  versions: { drafts: { autosave: false, schedulePublish: true }, maxPerDoc: 100 },
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
