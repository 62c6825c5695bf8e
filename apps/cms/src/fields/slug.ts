import { slugify, slugSchema } from '@haven/schemas'
import type { Field, FieldHook } from 'payload'

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
    hooks: { beforeValidate: [fill] },
    validate: (value: unknown) => {
      const parsed = slugSchema.safeParse(value ?? '')
      if (!parsed.success) return `slug: ${parsed.error.issues[0]?.message ?? 'is not valid'}`
      if (reserved.includes(parsed.data))
        return `slug: "${parsed.data}" is reserved for a site route; choose another`
      return true
    },
  }
}
