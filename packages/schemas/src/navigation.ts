import { z } from 'zod'

import { articleRefSchema } from './article-card'
import { pageRefSchema } from './page-ref'
import {
  documentIdSchema,
  documentStatusSchema,
  populated,
  relationSchema,
  timestampSchema,
} from './relation'
import { topicRefSchema } from './topic'

/** Where a menu or footer item points (the CMS's `link` group, `fields/link.ts`). */
export const linkTypes = ['topic', 'page', 'article', 'path', 'url'] as const
export type LinkType = (typeof linkTypes)[number]

/**
 * A menu or footer link: a topic, page or article (populated at `depth=1`, or an id when the reader
 * may not see it), a path on the reader site, or an https URL elsewhere. Only the field named by
 * `type` is meant; the others are `null`.
 */
export const linkSchema = z.object({
  type: z.enum(linkTypes),
  topic: relationSchema(topicRefSchema).nullish(),
  page: relationSchema(pageRefSchema).nullish(),
  article: relationSchema(articleRefSchema).nullish(),
  path: z.string().nullish().describe('A reader-site path, e.g. /directory/join'),
  url: z.string().nullish().describe('An https address elsewhere'),
})
export type Link = z.infer<typeof linkSchema>

/** A labelled link: one row of any menu level. */
export const menuItemSchema = z.object({
  id: z.string().nullish(),
  label: z.string().min(1).describe('As the menu shows it'),
  link: linkSchema,
})
export type MenuItem = z.infer<typeof menuItemSchema>

// The four levels have their own names (the SQL adapters need distinct table names).
const rows = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? [])
export const navLeafSchema = menuItemSchema
export const navGrandchildSchema = menuItemSchema.extend({ leaves: rows(navLeafSchema) })
export const navChildSchema = menuItemSchema.extend({ grandchildren: rows(navGrandchildSchema) })
export const navItemSchema = menuItemSchema.extend({ children: rows(navChildSchema) })
export type NavItem = z.infer<typeof navItemSchema>

/** The `navigation` global (`GET /api/globals/navigation?depth=1`): the menu tree, four levels deep. */
export const navigationSchema = z.object({
  id: documentIdSchema.nullish(),
  items: rows(navItemSchema),
  _status: documentStatusSchema.nullish(),
  updatedAt: timestampSchema.nullish(),
  createdAt: timestampSchema.nullish(),
})
export type Navigation = z.infer<typeof navigationSchema>

/** The reader-site address of a document, e.g. `/articles/emotional-intimacy`. */
export function documentHref(
  collection: 'articles' | 'pages' | 'topics' | 'people',
  doc: { slug: string; path?: string | null },
): string {
  switch (collection) {
    case 'articles':
      return `/articles/${doc.slug}`
    case 'pages':
      return `/${doc.slug}`
    case 'topics':
      return `/topics/${doc.path ?? doc.slug}`
    case 'people':
      return `/people/${doc.slug}`
  }
}

/**
 * Where a menu or footer link leads, or `null` when its document is not readable (it came back as an
 * id): the web leaves such an item out rather than link to a page that would not be found.
 */
export function linkHref(link: Partial<Link> & Pick<Link, 'type'>): string | null {
  switch (link.type) {
    case 'topic': {
      const topic = populated(link.topic)
      return topic ? documentHref('topics', topic) : null
    }
    case 'page': {
      const page = populated(link.page)
      return page ? documentHref('pages', page) : null
    }
    case 'article': {
      const article = populated(link.article)
      return article ? documentHref('articles', article) : null
    }
    case 'path':
      return link.path || null
    case 'url':
      return link.url || null
  }
}

/** One node of the menu, whatever its level: what the mega menu, the mobile menu and breadcrumbs draw. */
export type MenuNode = { label: string; href: string | null; children: MenuNode[] }

/** The navigation as one uniform tree (the levels' different field names folded into `children`). */
export function menuTree(navigation: Pick<Navigation, 'items'>): MenuNode[] {
  const node = (item: MenuItem, children: MenuNode[]): MenuNode => ({
    label: item.label,
    href: linkHref(item.link),
    children,
  })
  return navigation.items.map((item) =>
    node(
      item,
      item.children.map((child) =>
        node(
          child,
          child.grandchildren.map((grandchild) =>
            node(
              grandchild,
              grandchild.leaves.map((leaf) => node(leaf, [])),
            ),
          ),
        ),
      ),
    ),
  )
}
