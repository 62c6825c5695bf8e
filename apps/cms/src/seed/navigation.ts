import { slugify } from '@haven/schemas'

import tree from './content/navigation.json' with { type: 'json' }

/** The reference page's menu: 102 items, 6 at the top, up to 4 levels deep, in page order. */
export type NavNode = { label: string; children?: NavNode[] }
export const referenceTree = tree as NavNode[]

/** The first four top-level groups are topics; "About Us" holds pages; "Therapist Directory" site routes. */
export const TOPIC_GROUPS = 4

export type TopicSeed = { title: string; slug: string; path: string; parentPath: string | null }

/** Topics in tree order (parents before children), from the menu's topic groups plus relationship topics. */
export function topicSeeds(): TopicSeed[] {
  const out: TopicSeed[] = []
  const visit = (nodes: NavNode[], parentPath: string | null) => {
    for (const node of nodes) {
      const slug = slugify(node.label)
      const path = parentPath ? `${parentPath}/${slug}` : slug
      out.push({ title: node.label, slug, path, parentPath })
      if (node.children) visit(node.children, path)
    }
  }
  visit(referenceTree.slice(0, TOPIC_GROUPS), null)
  visit([{ label: 'Relationships', children: [{ label: 'Intimacy' }, { label: 'Communication' }] }], null)
  return out
}

const pageByLabel: Record<string, string> = {
  'About Us': 'about-us',
  'Editorial Policy': 'editorial-policy',
  'Advertising Policy': 'advertising-policy',
  'Privacy Policy': 'privacy-policy',
  'Contact Us': 'contact-us',
  'Write for Us': 'write-for-us',
  Careers: 'careers',
}

const pathByLabel: Record<string, string> = {
  'Therapist Directory': '/directory',
  'Find a Therapist': '/directory',
  'Join the Directory': '/directory/join',
  'Directory Login': '/directory/login',
}

export type NavLinkSeed =
  { type: 'topic'; topicPath: string } | { type: 'page'; pageSlug: string } | { type: 'path'; path: string }
export type NavItemSeed = { label: string; link: NavLinkSeed; children?: NavItemSeed[] }

/** The menu as seed items, every label in order with its nesting. */
export function navigationSeed(): NavItemSeed[] {
  const topicItems = (nodes: NavNode[], parentPath: string | null): NavItemSeed[] =>
    nodes.map((node) => {
      const path = parentPath ? `${parentPath}/${slugify(node.label)}` : slugify(node.label)
      return {
        label: node.label,
        link: { type: 'topic', topicPath: path },
        ...(node.children ? { children: topicItems(node.children, path) } : {}),
      }
    })
  const siteItem = (node: NavNode): NavItemSeed => {
    const page = pageByLabel[node.label]
    const path = pathByLabel[node.label]
    if (!page && !path) throw new Error(`navigation: no page or route for "${node.label}"`)
    return {
      label: node.label,
      link: page ? { type: 'page', pageSlug: page } : { type: 'path', path: path! },
      ...(node.children ? { children: node.children.map(siteItem) } : {}),
    }
  }
  return [
    ...topicItems(referenceTree.slice(0, TOPIC_GROUPS), null),
    ...referenceTree.slice(TOPIC_GROUPS).map(siteItem),
  ]
}
