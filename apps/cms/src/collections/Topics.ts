import { HUB_LIST_LIMIT, topicPopulate } from '@haven/schemas'
import type { CollectionConfig, FieldHook, PayloadRequest, RelationshipFieldManyValidation } from 'payload'

import { validateDrafts } from '../fields/draftRules'
import { editorManagedAccess } from '../access/editorManagedAccess'
import { simpleTextEditor } from '../editor/features'
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

const MAX_EDITORS_PICKS = HUB_LIST_LIMIT.editorsPicks
const MAX_RELATED_TOPICS = HUB_LIST_LIMIT.relatedTopics

const ids = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [])
    .map((v) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : v))
    .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string')

/** The titles of the existing documents among `wanted`, drafts included (an editor may pick ahead). */
async function titlesOf(
  req: PayloadRequest,
  collection: typeof collections.articles | typeof collections.topics,
  wanted: (number | string)[],
): Promise<Map<string, string>> {
  if (wanted.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    depth: 0,
    draft: true,
    limit: wanted.length,
    overrideAccess: true,
    req,
    select: { title: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), String(doc.title)]))
}

/** The rules both lists share: not too many, each once, each an existing document of the collection. */
function listProblem(
  field: string,
  kind: 'article' | 'topic',
  max: number,
  wanted: (number | string)[],
  titles: Map<string, string>,
): string | null {
  if (wanted.length > max) return `${field}: at most ${max} ${kind}s (${wanted.length} chosen)`
  const seen = new Set<string>()
  for (const id of wanted) {
    const title = titles.get(String(id))
    if (title === undefined) return `${field}: ${kind} ${String(id)} does not exist; choose ${kind}s only`
    if (seen.has(String(id))) return `${field}: "${title}" is chosen twice`
    seen.add(String(id))
  }
  return null
}

/** Editors' picks: existing articles, each once, at most six (readers see the published ones). */
const validateEditorsPicks: RelationshipFieldManyValidation = async (value, { req }) => {
  const wanted = ids(value)
  const titles = await titlesOf(req, collections.articles, wanted)
  return listProblem('editorsPicks', 'article', MAX_EDITORS_PICKS, wanted, titles) ?? true
}

/** Related topics: existing topics other than this one, each once. */
const validateRelatedTopics: RelationshipFieldManyValidation = async (value, { req, id }) => {
  const wanted = ids(value)
  if (id !== undefined && wanted.some((other) => String(other) === String(id)))
    return 'relatedTopics: a topic cannot be related to itself'
  const titles = await titlesOf(req, collections.topics, wanted)
  return listProblem('relatedTopics', 'topic', MAX_RELATED_TOPICS, wanted, titles) ?? true
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
      name: 'intro',
      label: 'Introduction',
      type: 'richText',
      editor: simpleTextEditor,
      admin: { description: 'The editors’ introduction at the top of the topic page.' },
    },
    {
      name: 'editorsPicks',
      label: 'Editors’ picks',
      type: 'relationship',
      relationTo: collections.articles,
      hasMany: true,
      validate: validateEditorsPicks,
      admin: {
        description: `Up to ${MAX_EDITORS_PICKS} articles, in the order shown; readers see only the published ones.`,
      },
    },
    {
      name: 'relatedTopics',
      type: 'relationship',
      relationTo: collections.topics,
      hasMany: true,
      // The admin list leaves this topic out; the rule below refuses it from the API too.
      filterOptions: ({ id }) => (id === undefined ? true : { id: { not_equals: id } }),
      validate: validateRelatedTopics,
      admin: { description: 'Topics outside this branch a reader may want next, in the order shown.' },
    },
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
