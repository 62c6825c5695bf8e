/** Reading references out of serialized Lexical JSON (the body of articles and pages). */

export type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
  [key: string]: unknown
}

export type DocRef = {
  relationTo: string
  id: string | number
  label: string
  via: 'link' | 'furtherReading'
}

/** Visits every node of a Lexical tree (blocks' nested rich text included), depth first. */
export function walk(node: unknown, visit: (node: LexicalNode) => void): void {
  if (!node || typeof node !== 'object') return
  const n = node as LexicalNode & { root?: LexicalNode }
  if (n.root) return walk(n.root, visit)
  visit(n)
  for (const child of n.children ?? []) walk(child, visit)
  if (n.type === 'block' && n.fields) {
    for (const value of Object.values(n.fields)) {
      if (value && typeof value === 'object' && 'root' in value) walk(value, visit)
    }
  }
}

export function textOf(node: LexicalNode): string {
  let out = ''
  walk(node, (n) => {
    if (typeof n.text === 'string') out += n.text
  })
  return out
}

const idOf = (value: unknown): string | number | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return null
}

/** Internal links and further-reading entries of a body. */
export function documentReferences(body: unknown): DocRef[] {
  const refs: DocRef[] = []
  walk(body, (node) => {
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal') {
      const doc = node.fields.doc as { relationTo?: string; value?: unknown } | undefined
      const id = idOf(doc?.value)
      if (doc?.relationTo && id !== null)
        refs.push({ relationTo: doc.relationTo, id, label: textOf(node), via: 'link' })
    }
    if (node.type === 'block' && node.fields?.blockType === 'furtherReading') {
      for (const value of (node.fields.articles as unknown[] | undefined) ?? []) {
        const id = idOf(value)
        if (id !== null)
          refs.push({ relationTo: 'articles', id, label: 'further reading', via: 'furtherReading' })
      }
    }
  })
  return refs
}

/** Offers groups of a body, each with its partner ids in order. */
export function offerGroups(body: unknown): { title?: string; partnerIds: (string | number)[] }[] {
  const groups: { title?: string; partnerIds: (string | number)[] }[] = []
  walk(body, (node) => {
    if (node.type === 'block' && node.fields?.blockType === 'partnerOffers') {
      // The admin's block form sends an offers list with no rows as its row count (0): no offers.
      const offers = Array.isArray(node.fields.offers) ? (node.fields.offers as { partner?: unknown }[]) : []
      groups.push({
        title: typeof node.fields.title === 'string' ? node.fields.title : undefined,
        partnerIds: offers.map((o) => idOf(o.partner)).filter((id): id is string | number => id !== null),
      })
    }
  })
  return groups
}

/** All visible text of a body, block text included, for search and for content rules. */
export function plainText(body: unknown): string {
  const parts: string[] = []
  walk(body, (node) => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (node.type === 'block' && node.fields) {
      for (const key of ['heading', 'title', 'transcript', 'description'] as const) {
        const value = node.fields[key]
        if (typeof value === 'string') parts.push(value)
      }
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem') parts.push('\n')
  })
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
