import type { MenuNode } from '@haven/schemas'

export type TopicLink = { label: string; href: string }

/**
 * The topics a reader who landed nowhere is most likely after: the menu's topic links, top level
 * first and then the level below (breadth-first), each address once, at most `max`. Derived from the
 * menu the editors keep, so the 404 page never links to a topic the menu has dropped.
 */
export function topTopicLinks(tree: MenuNode[], max = 8): TopicLink[] {
  const links: TopicLink[] = []
  const seen = new Set<string>()
  let level = tree
  while (level.length && links.length < max) {
    for (const node of level) {
      if (links.length >= max) break
      if (!node.href?.startsWith('/topics/') || seen.has(node.href)) continue
      seen.add(node.href)
      links.push({ label: node.label, href: node.href })
    }
    level = level.flatMap((node) => node.children)
  }
  return links
}
