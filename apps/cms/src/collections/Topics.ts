import { topicPopulate } from '@haven/schemas'
import type { CollectionConfig, FieldHook } from 'payload'

import { validateDrafts } from '../fields/draftRules'
import { editorManagedAccess } from '../access/editorManagedAccess'
import { slugField } from '../fields/slug'
import { revalidateWeb } from '../hooks/revalidateWeb'
import { collections } from '../slugs'

/**
 * The full path (`mental-health/addiction`) from the parent's path and this slug. The nested-docs
 * plugin re-saves every descendant when a parent changes, so paths follow a move or a rename.
 */
const derivePath: FieldHook = async ({ data, req, originalDoc }) => {
  const slug = (data?.slug ?? originalDoc?.slug) as string | undefined
  const parentRef = data && 'parent' in data ? data.parent : originalDoc?.parent
  const parentId =
    typeof parentRef === 'object' && parentRef !== null
      ? (parentRef as { id: number | string }).id
      : parentRef
  if (!slug) return undefined
  if (!parentId) return slug
  const parent = await req.payload.findByID({
    collection: collections.topics,
    id: parentId as number,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { path: true },
  })
  return parent?.path ? `${parent.path}/${slug}` : slug
}

/** A tree of topics (nested-docs plugin adds `parent` and `breadcrumbs`). */
// Field rules hold on drafts too; a draft may leave fields empty (fields/draftRules.ts).
export const Topics: CollectionConfig = validateDrafts({
  slug: collections.topics,
  // What another document gets when it populates this one: the shape the web parses (see @haven/schemas).
  defaultPopulate: topicPopulate,
  admin: { group: 'Content', useAsTitle: 'title', defaultColumns: ['title', 'path', 'updatedAt'] },
  access: editorManagedAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [revalidateWeb], afterDelete: [revalidateWeb] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField(),
    { name: 'description', type: 'textarea', maxLength: 600 },
    {
      name: 'path',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Made from the parent topics and the slug.',
      },
      hooks: { beforeChange: [derivePath] },
    },
    {
      name: 'reviewIntervalMonths',
      type: 'number',
      min: 1,
      max: 36,
      defaultValue: 12,
      admin: {
        position: 'sidebar',
        description: 'How often articles in this topic are clinically re-reviewed.',
      },
    },
  ],
})
