/**
 * What reader pages read from the CMS: one function per question, each with the cache tags that the
 * CMS's revalidation hook sends when an answer may have changed (`collection` for every listing,
 * `collection:slug` for one document).
 *
 * Every read throws when the CMS cannot answer (a CmsError), and pages let it: a render that throws is
 * never cached, so Next.js keeps serving the last good page and tries again (or answers 503 when it has
 * none). A page that caught the error and rendered without its menu, footer or crisis lines would be
 * cached as it is and served long after the CMS was back.
 */
import {
  articleCardSchema,
  articleCardSelect,
  articleSchema,
  crisisResourcesSchema,
  navigationSchema,
  pageSchema,
  personSchema,
  topicHubSchema,
  topicSchema,
  topicNodeSchema,
  topicNodeSelect,
  paginatedSchema,
  redirectSchema,
  redirectTarget,
  siteSettingsSchema,
  searchEntrySchema,
  searchEntrySelect,
  searchSuggestionSchema,
  SEARCH_PAGE_SIZE,
  siteFormSchema,
  directorySearchQuery,
  directorySearchResultSchema,
  therapistSchema,
  type DirectorySearchParams,
  type DirectorySearchResult,
  type Therapist,
  type Article,
  type ArticleCard,
  type CrisisResources,
  type Navigation,
  type Page,
  type Person,
  type DocumentId,
  type Topic,
  type TopicHubDoc,
  type TopicNode,
  type SearchEntry,
  type SiteSettings,
  type SiteForm,
} from '@haven/schemas'

import { env } from '../env'
import { cmsGet, restQuery } from './cms'
import { rememberCrisisLines } from './last-crisis-lines'

/** Tags of everything an article page shows besides the article itself. */
const articleDependencies = ['articles', 'people', 'partners', 'topics', 'media', 'pages']

export async function getArticle(slug: string): Promise<Article | null> {
  const page = await cmsGet('/articles', paginatedSchema(articleSchema), {
    query: restQuery({ where: { slug: { equals: slug } }, depth: 2, limit: 1 }),
    tags: [`articles:${slug}`, ...articleDependencies],
  })
  return page.docs[0] ?? null
}

export function getLatestArticles({
  limit = 10,
  featured,
}: { limit?: number; featured?: boolean } = {}): Promise<ArticleCard[]> {
  return getArticlesWhere(featured ? { featured: { equals: true } } : {}, limit)
}

/**
 * The menu: cached under its own tag only. A change to a topic, page or article it links to sends
 * `navigation` too (the CMS checks the links), so publishing an unrelated article leaves the menu cached.
 */
export function getNavigation(): Promise<Navigation> {
  return cmsGet('/globals/navigation', navigationSchema, {
    query: restQuery({ depth: 1 }),
    tags: ['navigation'],
  })
}

/** The footer and settings: like the menu, refreshed by a change to a document its links point at. */
export function getSiteSettings(): Promise<SiteSettings> {
  return cmsGet('/globals/site-settings', siteSettingsSchema, {
    query: restQuery({ depth: 1 }),
    tags: ['site-settings'],
  })
}

/**
 * The crisis lines, remembered by this server as they are read (last-crisis-lines.ts), so the page
 * shown while the CMS is down can still list them.
 */
export async function getCrisisResources(): Promise<CrisisResources> {
  const resources = await cmsGet('/globals/crisis-resources', crisisResourcesSchema, {
    tags: ['crisis-resources'],
  })
  rememberCrisisLines(resources)
  return resources
}

/** A redirect from an old address (a renamed article keeps its old URL working). */
export async function getRedirect(
  from: string,
): Promise<{ location: string; status: 301 | 302 | 307 | 308 } | null> {
  const page = await cmsGet('/redirects', paginatedSchema(redirectSchema), {
    query: restQuery({ where: { from: { equals: from } }, depth: 1, limit: 1 }),
    tags: ['redirects', 'articles', 'pages'],
  })
  const redirect = page.docs[0]
  // The CMS serves media files: a redirect to one (an imported attachment page) is on the site's own origins.
  return redirect ? redirectTarget(redirect, [env.WEB_URL, env.CMS_URL]) : null
}

/** The latest articles other than `slug` (the article page's "Recent articles"). */
export function getRecentArticles(exceptSlug: string, limit = 5): Promise<ArticleCard[]> {
  return getArticlesWhere({ slug: { not_equals: exceptSlug } }, limit)
}

/**
 * A topic with its introduction, picks and related topics. Saving the topic sends `topics:{path}`;
 * the introduction's links show the title of the article, page or person they point at, so a change to
 * one of those refreshes this read too.
 */
export async function getTopic(path: string): Promise<TopicHubDoc | null> {
  const page = await cmsGet('/topics', paginatedSchema(topicHubSchema), {
    query: restQuery({ where: { path: { equals: path } }, depth: 1, limit: 1 }),
    tags: [`topics:${path}`, 'topics', 'articles', 'pages', 'people'],
  })
  return page.docs[0] ?? null
}

/**
 * The published articles among `ids` as cards (an editor's picks), in no particular order: the API
 * returns only what an anonymous reader may read, so a pick that is a draft or was unpublished drops
 * out. Tagged like every listing, so a change to a picked article reaches the page.
 */
export async function getArticlesByIds(ids: readonly DocumentId[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return []
  const answer = await cmsGet('/articles', paginatedSchema(articleCardSchema), {
    query: restQuery({
      where: { id: { in: ids.join(',') } },
      select: articleCardSelect,
      depth: 1,
      limit: ids.length,
    }),
    tags: ['articles', 'people', 'topics', 'media'],
  })
  return answer.docs
}

/** Published articles matching `where` (a topic's, a person's), newest first. */
export async function getArticlesWhere(where: Record<string, unknown>, limit = 50): Promise<ArticleCard[]> {
  const page = await cmsGet('/articles', paginatedSchema(articleCardSchema), {
    query: restQuery({
      ...(Object.keys(where).length ? { where } : {}),
      select: articleCardSelect,
      sort: '-publishedAt',
      depth: 1,
      limit,
    }),
    tags: ['articles', 'people', 'topics', 'media'],
  })
  return page.docs
}

/** The API's page bound for anonymous reads (README, Security): longer lists are read page by page. */
const API_PAGE_LIMIT = 100

/**
 * Every published topic as a node of the tree (id, title, path, parent id), read in pages of 100: the
 * topic hubs find descendants and ancestors in it. Cached under `topics`, which every topic save sends.
 */
export async function getTopicTree(): Promise<TopicNode[]> {
  const nodes: TopicNode[] = []
  for (let page = 1; ; page += 1) {
    const answer = await cmsGet('/topics', paginatedSchema(topicNodeSchema), {
      query: restQuery({ select: topicNodeSelect, depth: 0, limit: API_PAGE_LIMIT, page, sort: 'path' }),
      tags: ['topics'],
    })
    nodes.push(...answer.docs)
    if (!answer.hasNextPage) return nodes
  }
}

/** Articles on a topic hub's page. */
export const TOPIC_PAGE_SIZE = 12

export type ArticlePage = { articles: ArticleCard[]; page: number; totalPages: number; totalDocs: number }

/**
 * One page of the published articles filed under any of `topicIds`, newest first, each once (one
 * query, so an article filed under two of them is one row). Tagged `articles`, which every article
 * save sends: a new article in a subtopic reaches its ancestors' hubs on their next request.
 */
export async function getArticlesInTopics(
  topicIds: (number | string)[],
  page = 1,
  limit = TOPIC_PAGE_SIZE,
): Promise<ArticlePage> {
  const answer = await cmsGet('/articles', paginatedSchema(articleCardSchema), {
    query: restQuery({
      where: { topics: { in: topicIds.join(',') } },
      select: articleCardSelect,
      sort: '-publishedAt',
      depth: 1,
      limit,
      page,
    }),
    tags: ['articles', 'people', 'topics', 'media'],
  })
  return {
    articles: answer.docs,
    page: answer.page ?? page,
    totalPages: answer.totalPages,
    totalDocs: answer.totalDocs,
  }
}

export async function getPerson(slug: string): Promise<Person | null> {
  const page = await cmsGet('/people', paginatedSchema(personSchema), {
    query: restQuery({ where: { slug: { equals: slug } }, depth: 1, limit: 1 }),
    tags: [`people:${slug}`, 'people', 'media'],
  })
  return page.docs[0] ?? null
}

export async function getPage(slug: string): Promise<Page | null> {
  const page = await cmsGet('/pages', paginatedSchema(pageSchema), {
    query: restQuery({ where: { slug: { equals: slug } }, depth: 2, limit: 1 }),
    tags: [`pages:${slug}`, 'pages', 'articles', 'topics', 'people'],
  })
  return page.docs[0] ?? null
}

/** How many matches a search ranks and pages through; the count still reports every match. */
export const SEARCH_RANKED_LIMIT = 100

export type SearchResults = {
  /** Every published article that matches. */
  total: number
  /** This page's entries: title matches first, then summary or body matches, newest first in each. */
  entries: SearchEntry[]
  page: number
  totalPages: number
  /** More matched than were ranked (the reader should add words). */
  truncated: boolean
}

/**
 * Published articles whose title, summary or body contains every word of `q` (the CMS's search
 * index holds published text only). Two reads, both cached until an article changes: all matches
 * (for the count) and title matches (ranked first).
 */
export async function searchArticles(q: string, page = 1): Promise<SearchResults> {
  const read = (where: Record<string, unknown>) =>
    cmsGet('/search', paginatedSchema(searchEntrySchema), {
      query: restQuery({
        where,
        select: searchEntrySelect,
        sort: '-publishedAt',
        depth: 0,
        limit: SEARCH_RANKED_LIMIT,
      }),
      tags: ['search', 'articles'],
    })
  const [all, inTitle] = await Promise.all([
    read({
      or: [{ title: { like: q } }, { summary: { like: q } }, { bodyText: { like: q } }],
    }),
    read({ title: { like: q } }),
  ])
  const titleIds = new Set(inTitle.docs.map((entry) => String(entry.id)))
  const ranked = [...inTitle.docs, ...all.docs.filter((entry) => !titleIds.has(String(entry.id)))]
  const rankedCount = Math.min(all.totalDocs, ranked.length)
  const totalPages = Math.max(1, Math.ceil(rankedCount / SEARCH_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  return {
    total: all.totalDocs,
    entries: ranked.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE),
    page: current,
    totalPages,
    truncated: all.totalDocs > ranked.length,
  }
}

/**
 * "Did you mean": `q` with each word no published article uses replaced by the closest one that some
 * article does, or null. Cached like the search reads, until an article changes.
 */
export async function suggestSearch(q: string): Promise<string | null> {
  const answer = await cmsGet('/search-suggestion', searchSuggestionSchema, {
    query: new URLSearchParams({ q }).toString(),
    tags: ['search', 'articles'],
  })
  return answer.suggestion && answer.suggestion !== q ? answer.suggestion : null
}

/**
 * A search that forgives a misspelling: when `q` finds nothing and a corrected query finds
 * something, the corrected query's results, with the correction named so the page can say so.
 */
export async function forgivingSearch(
  q: string,
  page = 1,
): Promise<SearchResults & { query: string; correctedFrom: string | null }> {
  const results = await searchArticles(q, page)
  if (results.total > 0) return { ...results, query: q, correctedFrom: null }
  const suggestion = await suggestSearch(q)
  if (!suggestion) return { ...results, query: q, correctedFrom: null }
  const corrected = await searchArticles(suggestion, page)
  return corrected.total > 0
    ? { ...corrected, query: suggestion, correctedFrom: q }
    : { ...results, query: q, correctedFrom: null }
}

/** The reader form shown on the static page with the same slug (Contact Us, Write for Us), if any. */
export async function getForm(slug: string): Promise<SiteForm | null> {
  const page = await cmsGet('/forms', paginatedSchema(siteFormSchema), {
    query: restQuery({ where: { slug: { equals: slug } }, depth: 0, limit: 1 }),
    tags: [`forms:${slug}`, 'forms'],
  })
  return page.docs[0] ?? null
}

/** The top-level topics a newsletter subscriber can choose as interests. */
export async function getNewsletterTopics(): Promise<Topic[]> {
  const page = await cmsGet('/topics', paginatedSchema(topicSchema), {
    query: restQuery({ where: { parent: { exists: false } }, depth: 0, limit: 20, sort: 'title' }),
    tags: ['topics'],
  })
  return page.docs
}

/** Tags of everything a directory page shows: the listings, their topics and their photos. */
const directoryDependencies = ['therapists', 'topics', 'media']

/**
 * A directory search (the CMS's `GET /api/directory-search`): cached per filter set (one canonical
 * query string each) and per day, since the fair order rotates daily; a change to any listing
 * refreshes it through the `therapists` tag.
 */
export function searchDirectory(params: DirectorySearchParams, day: string): Promise<DirectorySearchResult> {
  const query = directorySearchQuery(params)
  return cmsGet('/directory-search', directorySearchResultSchema, {
    query: `${query}${query ? '&' : ''}day=${day}`,
    tags: directoryDependencies,
  })
}

/** A verified listing by slug (the CMS answers anonymous readers with verified listings only), or null. */
export async function getTherapist(slug: string): Promise<Therapist | null> {
  const page = await cmsGet('/therapists', paginatedSchema(therapistSchema), {
    query: restQuery({ where: { slug: { equals: slug } }, depth: 1, limit: 1 }),
    tags: [`therapists:${slug}`, ...directoryDependencies],
  })
  return page.docs[0] ?? null
}
