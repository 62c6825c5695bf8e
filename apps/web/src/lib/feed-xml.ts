/**
 * The text of `/sitemap.xml`, `/feed.xml` and `/robots.txt`, built from plain values: no fetching, no
 * environment, so every rule (escaping, dates, absolute addresses) is unit-tested here and the route
 * handler only reads the CMS and calls these.
 */

/** Characters XML 1.0 forbids outright (control characters, lone surrogates, U+FFFE/U+FFFF). */
const forbiddenInXml =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function xmlEscape(text: string): string {
  return text
    .replace(forbiddenInXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** `path` on the reader site as an absolute URL, e.g. `absoluteUrl('https://haven.example', '/about-us')`. */
export function absoluteUrl(webUrl: string, path: string): string {
  return new URL(path, `${webUrl.replace(/\/+$/, '')}/`).toString()
}

type DateInput = Date | string | null | undefined

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The latest of some dates (`null` when none is valid): a listing's lastmod is its newest entry's. */
export function latestDate(values: readonly DateInput[]): Date | null {
  let latest: Date | null = null
  for (const value of values) {
    const date = toDate(value)
    if (date && (!latest || date > latest)) latest = date
  }
  return latest
}

function assertAbsolute(url: string, what: string): string {
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`${what} must be an absolute http(s) URL, got "${url}"`)
  return url
}

export type SitemapEntry = {
  /** Absolute URL of the page. */
  loc: string
  /** When the page's content last changed; left out of the entry when unknown. */
  lastmod?: DateInput
}

/** A sitemaps.org `urlset`; `lastmod` in W3C datetime (ISO 8601, UTC). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ loc, lastmod }) => {
    const date = toDate(lastmod)
    return [
      '  <url>',
      `    <loc>${xmlEscape(assertAbsolute(loc, 'sitemap <loc>'))}</loc>`,
      ...(date ? [`    <lastmod>${date.toISOString()}</lastmod>`] : []),
      '  </url>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

export type RssChannel = {
  title: string
  /** Absolute URL of the site. */
  link: string
  description: string
  /** e.g. `en-us` */
  language: string
  /** Absolute URL of the feed itself (`atom:link rel="self"`). */
  selfUrl: string
  lastBuildDate: DateInput
}

export type RssItem = {
  title: string
  /** Absolute URL of the article; also its permanent guid. */
  link: string
  pubDate: DateInput
  /** The article's summary, as plain text. */
  description: string
  /** Authors' names, one `dc:creator` each. */
  creators: readonly string[]
}

/** RSS 2.0 dates are RFC 822 (`Mon, 06 Feb 2023 09:00:00 GMT`), which `toUTCString()` writes. */
export function rfc822(value: DateInput): string | null {
  return toDate(value)?.toUTCString() ?? null
}

/** An RSS 2.0 document with the Atom `self` link and Dublin Core creators feed validators expect. */
export function rssXml(channel: RssChannel, items: readonly RssItem[]): string {
  const element = (name: string, text: string | null, indent = '    ') =>
    text === null ? [] : [`${indent}<${name}>${xmlEscape(text)}</${name}>`]
  const lastBuildDate = rfc822(channel.lastBuildDate)
  const selfUrl = xmlEscape(assertAbsolute(channel.selfUrl, 'feed self link'))
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    ...element('title', channel.title),
    ...element('link', assertAbsolute(channel.link, 'channel link')),
    ...element('description', channel.description),
    ...element('language', channel.language),
    ...element('lastBuildDate', lastBuildDate),
    `    <atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
    ...items.flatMap((item) => {
      const link = assertAbsolute(item.link, 'item link')
      return [
        '    <item>',
        ...element('title', item.title, '      '),
        ...element('link', link, '      '),
        `      <guid isPermaLink="true">${xmlEscape(link)}</guid>`,
        ...element('pubDate', rfc822(item.pubDate), '      '),
        ...element('description', item.description, '      '),
        ...item.creators.flatMap((name) => element('dc:creator', name, '      ')),
        '    </item>',
      ]
    }),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}

/** Crawl everything but the API and search results; point crawlers at the sitemap. */
export function robotsTxt(webUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /search?',
    '',
    `Sitemap: ${absoluteUrl(webUrl, '/sitemap.xml')}`,
    '',
  ].join('\n')
}
