import { slugify, slugSchema } from '@haven/schemas'
import {
  ValidationError,
  type CollectionSlug,
  type Field,
  type FieldHook,
  type TextFieldSingleValidation,
} from 'payload'

/**
 * A unique, URL-safe slug. Left empty, it is made from `from` (usually the title); typed, it must
 * already be URL-safe: we never silently rewrite what an editor typed.
 */
export function slugField({ from = 'title', reserved = [] as readonly string[] } = {}): Field {
  const fill: FieldHook = ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const source = data?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Part of the address. Leave empty to make it from the ${from}.`,
    },
    hooks: { beforeValidate: [fill], beforeChange: [ensureUnique] },
    validate: validateSlug(reserved),
  }
}

function validateSlug(reserved: readonly string[]): TextFieldSingleValidation {
  return (value) => {
    const parsed = slugSchema.safeParse(value ?? '')
    if (!parsed.success) return `slug: ${parsed.error.issues[0]?.message ?? 'is not valid'}`
    if (reserved.includes(parsed.data))
      return `slug: "${parsed.data}" is reserved for a site route; choose another`
    return true
  }
}

/**
 * Uniqueness with the reason in words. A field hook rather than `validate`, because Payload skips
 * validation when saving drafts; the unique index stays as the backstop for two saves at once.
 */
const ensureUnique: FieldHook = async ({ value, req, originalDoc, collection }) => {
  if (typeof value !== 'string' || !value || !collection) return value
  const id = originalDoc?.id as number | string | undefined
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as CollectionSlug,
    where: { and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'slug',
            message: `slug: "${value}" is already used by another document here; slugs are unique, choose another`,
          },
        ],
        req,
      },
      req.t,
    )
  }
  return value
}
