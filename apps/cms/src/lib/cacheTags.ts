/** Which cache tags of the web app a change in the CMS affects (pure: no config, no I/O). */

/** Cache tags of a document: its collection (every listing) and the document itself, by slug. */
export function documentTags(
  collection: string,
  ...docs: ({ slug?: unknown; path?: unknown } | null | undefined)[]
): string[] {
  const tags = [collection]
  for (const doc of docs) {
    const key = typeof doc?.path === 'string' ? doc.path : typeof doc?.slug === 'string' ? doc.slug : null
    if (key) tags.push(`${collection}:${key}`)
  }
  return tags
}

/** The link kinds (see fields/link.ts) that point at a document, by the collection they point into. */
const linkKindOf: Record<string, string> = { articles: 'article', pages: 'page', topics: 'topic' }

/**
 * Whether a global's data (the menu, the footer) has a link to document `id` of `collection`: a link
 * group is `{ type: 'page', page: 12 }` (or the populated `{ page: { id: 12, … } }`) at any depth.
 */
export function linksTo(data: unknown, collection: string, id: unknown): boolean {
  const kind = linkKindOf[collection]
  if (!kind || id === undefined || id === null) return false
  const seen = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(seen)
    if (!value || typeof value !== 'object') return false
    const record = value as Record<string, unknown>
    if (record.type === kind) {
      const target = record[kind]
      const targetId = target && typeof target === 'object' ? (target as { id?: unknown }).id : target
      if (targetId !== undefined && String(targetId) === String(id)) return true
    }
    return Object.values(record).some(seen)
  }
  return seen(data)
}
