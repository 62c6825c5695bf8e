/**
 * What `/sitemap.xml` and `/feed.xml` read from the CMS: every readable document (paged through, only the
 * fields a URL and its date need) and the latest articles with their authors' names. Drafts never show:
 * the web app reads anonymously, and the CMS lets anonymous readers see published documents only.
 */
import {
  articleCardSchema,
  articleSchema,
  documentHref,
  pageSchema,
  paginatedSchema,
  personRefSchema,
  personSchema,
  populatedOnly,
  relationSchema,
  selectOf,
  topicSchema,
} from '@haven/schemas'
import { z } from 'zod'

import { env } from '../env'
import { cmsGet, restQuery } from './cms'
import { absoluteUrl, latestDate, type RssChannel, type RssItem, type SitemapEntry } from './feed-xml'

/** The tags every feed file is cached under: a change to any listed collection rebuilds it. */
export const feedTags = ['articles', 'topics', 'people', 'pages']

/** Payload's page size for the "every document" lists: few requests, small responses. */
const PAGE_SIZE = 100

/**
 * Every document of `collection` that `schema` describes, fetching only its fields (`select`) a page of
 * {@link PAGE_SIZE} at a time: the first page says how many follow, and those are read in parallel.
 */
async function listAll<S extends z.ZodObject>(collection: string, schema: S, tags: string[]) {
  const select = selectOf(schema)
  const listSchema = paginatedSchema(schema)
  const read = (page: number) =>
    cmsGet(`/${collection}`, listSchema, {
      // Sorted by id so that pages neither overlap nor skip a document.
      query: restQuery({ select, sort: 'id', depth: 0, limit: PAGE_SIZE, page }),
      tags,
    })
  const first = await read(1)
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, index) => read(index + 2)),
  )
  return [first, ...rest].flatMap((page) => page.docs) as z.infer<S>[]
}

const sitemapArticleSchema = articleSchema.pick({
  id: true,
  slug: true,
  publishedAt: true,
  contentUpdatedAt: true,
  updatedAt: true,
})
const sitemapTopicSchema = topicSchema.pick({ id: true, slug: true, path: true, updatedAt: true })
const sitemapPersonSchema = personSchema.pick({ id: true, slug: true, updatedAt: true })
const sitemapPageSchema = pageSchema.pick({ id: true, slug: true, updatedAt: true })

/**
 * Every address of the reader site with the date its content last changed: an article's is when its
 * text changed (falling back to publication, then to the last save); the home page and search change
 * whenever an article does.
 */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const [articles, topics, people, pages] = await Promise.all([
    listAll('articles', sitemapArticleSchema, feedTags),
    listAll('topics', sitemapTopicSchema, feedTags),
    listAll('people', sitemapPersonSchema, feedTags),
    listAll('pages', sitemapPageSchema, feedTags),
  ])
  const url = (path: string) => absoluteUrl(env.WEB_URL, path)
  const articleEntries = articles.map((article) => ({
    loc: url(documentHref('articles', article)),
    lastmod: article.contentUpdatedAt ?? article.publishedAt ?? article.updatedAt,
  }))
  const newestArticle = latestDate(articleEntries.map((entry) => entry.lastmod))
  const newestDocument = latestDate([
    newestArticle,
    ...[...topics, ...people, ...pages].map((doc) => doc.updatedAt),
  ])
  return [
    { loc: url('/'), lastmod: newestArticle },
    ...articleEntries,
    ...topics.map((topic) => ({ loc: url(documentHref('topics', topic)), lastmod: topic.updatedAt })),
    ...people.map((person) => ({ loc: url(documentHref('people', person)), lastmod: person.updatedAt })),
    ...pages.map((page) => ({ loc: url(documentHref('pages', page)), lastmod: page.updatedAt })),
    // Search finds every kind of document, so it carries the newest change the sitemap knows of.
    // (The therapist directory's pages are not in the sitemap yet.)
    { loc: url('/search'), lastmod: newestDocument },
  ]
}

const feedArticleSchema = articleCardSchema
  .pick({ id: true, title: true, slug: true, summary: true, publishedAt: true })
  .extend({ authors: z.array(relationSchema(personRefSchema)) })

/** How many articles `/feed.xml` carries. */
export const FEED_SIZE = 20

/** The channel and the {@link FEED_SIZE} latest articles of `/feed.xml`, newest first. */
export async function getFeed(): Promise<{ channel: RssChannel; items: RssItem[] }> {
  const page = await cmsGet('/articles', paginatedSchema(feedArticleSchema), {
    query: restQuery({
      select: { title: true, slug: true, summary: true, publishedAt: true, authors: true },
      // Authors come populated with their name only.
      populate: { people: { name: true, slug: true } },
      sort: '-publishedAt',
      depth: 1,
      limit: FEED_SIZE,
    }),
    tags: ['articles', 'people'],
  })
  const items = page.docs.map((article) => ({
    title: article.title,
    link: absoluteUrl(env.WEB_URL, documentHref('articles', article)),
    pubDate: article.publishedAt,
    description: article.summary,
    creators: populatedOnly(article.authors).map((author) => author.name),
  }))
  return {
    channel: {
      title: 'Haven',
      link: absoluteUrl(env.WEB_URL, '/'),
      description: 'Trustworthy writing about mental health, reviewed by licensed clinicians.',
      language: 'en',
      selfUrl: absoluteUrl(env.WEB_URL, '/feed.xml'),
      lastBuildDate: latestDate(items.map((item) => item.pubDate)),
    },
    items,
  }
}
