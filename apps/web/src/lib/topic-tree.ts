import type { TopicNode } from '@haven/schemas'

type Id = TopicNode['id']

const key = (id: Id | null | undefined): string | null =>
  id === null || id === undefined ? null : String(id)

/**
 * The topic and every topic below it, the topic first (breadth-first), from the whole tree. A parent
 * loop (which the nested-docs plugin does not stop an editor from saving) ends the walk, never hangs it.
 */
export function subtreeIds(nodes: TopicNode[], rootId: Id): Id[] {
  const children = new Map<string, TopicNode[]>()
  for (const node of nodes) {
    const parent = key(node.parent)
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), node])
  }
  const ids: Id[] = [rootId]
  const seen = new Set([String(rootId)])
  for (let i = 0; i < ids.length; i += 1)
    for (const child of children.get(String(ids[i])) ?? [])
      if (!seen.has(String(child.id))) {
        seen.add(String(child.id))
        ids.push(child.id)
      }
  return ids
}

/** The topics above `id`, its parent first and the root last (loop-safe, like {@link subtreeIds}). */
export function ancestorsNearestFirst(nodes: TopicNode[], id: Id): TopicNode[] {
  const byId = new Map(nodes.map((node) => [String(node.id), node]))
  const ancestors: TopicNode[] = []
  const seen = new Set([String(id)])
  let parent = key(byId.get(String(id))?.parent)
  while (parent !== null && !seen.has(parent)) {
    seen.add(parent)
    const node = byId.get(parent)
    if (!node) break
    ancestors.push(node)
    parent = key(node.parent)
  }
  return ancestors
}

/** The topics directly under `id`, by title. */
export function childrenOf(nodes: TopicNode[], id: Id): TopicNode[] {
  return nodes
    .filter((node) => key(node.parent) === String(id))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
}

/**
 * The page number of a topic hub's `?page=` (routed to `/topic-pages/{page}/…`, see next.config.ts):
 * a whole number from 1, or null for anything else (the page answers 404).
 */
export function hubPageNumber(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null
}

/**
 * The topics a hub offers next: the editors' related topics that are in the published tree, in their
 * order (never the topic itself); when there are none, the topic's siblings, so no hub is a dead end.
 */
export function relatedTopicsOf(
  nodes: TopicNode[],
  id: Id,
  chosen: readonly Id[],
): { topics: TopicNode[]; chosen: boolean } {
  const byId = new Map(nodes.map((node) => [String(node.id), node]))
  const picked = chosen.flatMap((other) => {
    const node = String(other) === String(id) ? undefined : byId.get(String(other))
    return node ? [node] : []
  })
  if (picked.length) return { topics: picked, chosen: true }
  const parent = key(byId.get(String(id))?.parent)
  const siblings = nodes
    .filter((node) => key(node.parent) === parent && String(node.id) !== String(id))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
  return { topics: siblings, chosen: false }
}
