/**
 * Site search over published articles: Payload's search plugin keeps one `search` document per
 * published article (title, summary, slug, date and the body as plain text) in step with every
 * publish, unpublish, edit and delete. Drafts are never synced (`syncDrafts: false`), and a draft saved
 * over a published article keeps the published text in the index, so search shows what readers can
 * read and nothing else.
 */
import { CITATION_MARKER } from '@haven/schemas'
import { searchPlugin } from '@payloadcms/plugin-search'
import type { CollectionConfig, Config, Plugin } from 'payload'

import { adminsOnly } from '../access/adminsOnly'
import { anyone } from '../access/anyone'
import { nobody } from '../access/nobody'
import { revalidateWeb } from '../hooks/revalidateWeb'
import { plainText } from '../lib/lexical'
import { collections } from '../slugs'

type ArticleLike = { slug?: unknown; summary?: unknown; publishedAt?: unknown; body?: unknown }

const stringOr = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback)

const plugin = searchPlugin({
  collections: [collections.articles],
  syncDrafts: false,
  deleteDrafts: true,
  beforeSync: ({ originalDoc, searchDoc }) => {
    const article = originalDoc as ArticleLike
    return {
      ...searchDoc,
      slug: stringOr(article.slug),
      summary: stringOr(article.summary),
      publishedAt: stringOr(article.publishedAt) || null,
      // Citation markers ([^1]) are links to the sources on the page, not words to search or show.
      bodyText: plainText(article.body).replace(CITATION_MARKER, ''),
    }
  },
  searchOverrides: {
    slug: collections.search,
    labels: { singular: 'Search entry', plural: 'Search index' },
    admin: { group: 'Site', defaultColumns: ['title', 'slug', 'publishedAt'] },
    // Entries hold only what published articles already show readers; only the plugin writes them.
    access: { read: anyone, create: nobody, update: adminsOnly, delete: adminsOnly },
    // A reindex from the admin refreshes the reader site's search page too.
    hooks: { afterChange: [revalidateWeb], afterDelete: [revalidateWeb] },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'summary', type: 'textarea', admin: { readOnly: true } },
      { name: 'publishedAt', type: 'date', index: true, admin: { readOnly: true } },
      { name: 'bodyText', type: 'textarea', admin: { readOnly: true, hidden: true } },
    ],
  },
})

/**
 * The search plugin appends its sync hook after the collection's own afterChange hooks; the web app's
 * revalidation must come last, or a reader could re-render the search page between the notice and the
 * index update and keep the stale result cached.
 */
const revalidateLast = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection): CollectionConfig => {
    if (collection.slug !== collections.articles) return collection
    const afterChange = collection.hooks?.afterChange ?? []
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...afterChange.filter((hook) => hook !== revalidateWeb), revalidateWeb],
      },
    }
  }),
})

export const siteSearch: Plugin = (config) => revalidateLast(plugin(config))
