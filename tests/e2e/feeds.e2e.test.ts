import type { Browser } from 'playwright-core'

import { articles as seededArticles } from '../../apps/cms/src/seed/content/articles'
import { launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()

/** The `<tag>` texts inside `xml`, in order (the files are small and regular: no parser needed). */
const texts = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((match) => match[1] ?? '')

const blocks = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1] ?? '')

describe('the sitemap', () => {
  it('is XML listing the home page, articles with their dates, topics, people, pages and static routes', async () => {
    const response = await fetch(`${webUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
    const urls = blocks(xml, 'url')
    const entry = (path: string) => urls.find((url) => texts(url, 'loc')[0] === `${webUrl}${path}`)
    for (const path of [
      '/',
      '/articles/emotional-intimacy',
      '/topics/mental-health/addiction',
      '/people/maren-okafor',
      '/about-us',
      '/search',
    ])
      expect({ path, listed: Boolean(entry(path)) }).toEqual({ path, listed: true })
    const lastmod = texts(entry('/articles/emotional-intimacy') ?? '', 'lastmod')[0]
    expect(lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    for (const loc of urls.map((url) => texts(url, 'loc')[0]))
      expect(loc?.startsWith(`${webUrl}/`)).toBe(true)
  })

  it('lists only addresses that answer 200', async () => {
    const xml = await (await fetch(`${webUrl}/sitemap.xml`)).text()
    const locs = blocks(xml, 'url').map((url) => texts(url, 'loc')[0]!)
    const statuses: Record<string, number> = {}
    for (const loc of locs) statuses[loc] = (await fetch(loc, { redirect: 'manual' })).status
    expect(Object.entries(statuses).filter(([, status]) => status !== 200)).toEqual([])
  }, 120_000)

  it('is served from the cache after the first request', async () => {
    await fetch(`${webUrl}/sitemap.xml`)
    const again = await fetch(`${webUrl}/sitemap.xml`)
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
  })
})

describe('robots.txt', () => {
  it('allows crawling except the API and search results and names the sitemap', async () => {
    const response = await fetch(`${webUrl}/robots.txt`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    const text = await response.text()
    expect(text).toMatch(/^User-agent: \*$/m)
    expect(text).toMatch(/^Disallow: \/api\/$/m)
    expect(text).toMatch(/^Disallow: \/search\?$/m)
    expect(text).toMatch(new RegExp(`^Sitemap: ${webUrl}/sitemap\\.xml$`, 'm'))
  })
})

describe('the RSS feed', () => {
  it('is RSS 2.0 with the 20 newest of the 26 seeded articles, newest first, each with its link, date, summary and authors', async () => {
    const response = await fetch(`${webUrl}/feed.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toMatch(/<rss version="2.0"[^>]*>\s*<channel>/)
    expect(xml).toContain(`<atom:link href="${webUrl}/feed.xml" rel="self" type="application/rss+xml"/>`)
    const items = blocks(xml, 'item')
    // FEED_SIZE (apps/web/src/lib/feeds.ts) is 20; the seed has 26 articles.
    expect(items).toHaveLength(20)
    const newest = [...seededArticles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, 20)
    expect(items.map((item) => texts(item, 'link')[0])).toEqual(
      newest.map((article) => `${webUrl}/articles/${article.slug}`),
    )
    const dates = items.map((item) => Date.parse(texts(item, 'pubDate')[0] ?? ''))
    for (const date of dates) expect(Number.isNaN(date)).toBe(false)
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    for (const item of items) {
      const link = texts(item, 'link')[0]
      expect(link).toMatch(new RegExp(`^${webUrl}/articles/[a-z0-9-]+$`))
      expect(texts(item, 'guid')).toEqual([link])
      expect(texts(item, 'description')[0]).not.toBe('')
      expect(texts(item, 'dc:creator').length).toBeGreaterThan(0)
    }
    // The flagship (2023) is older than the 20 newest; the newest one is by Daniel Whitfield.
    const ptsd = items.find((item) => texts(item, 'link')[0] === `${webUrl}/articles/understanding-ptsd`)
    expect(ptsd && texts(ptsd, 'dc:creator')).toContain('Daniel Whitfield')
  })

  it('keeps its internal address out of sight', async () => {
    const response = await fetch(`${webUrl}/feeds/feed.xml`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(new URL(response.headers.get('location') ?? '', webUrl).pathname).toBe('/feed.xml')
  })
})

describe('security headers', () => {
  it.each(['/', '/articles/emotional-intimacy', '/this-page-does-not-exist', '/api/health', '/sitemap.xml'])(
    'are on the response to %s',
    async (path) => {
      const response = await fetch(`${webUrl}${path}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
    },
  )

  describe('in a browser', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => {
      await browser?.close()
    })

    it('let the home page load and run its own scripts and styles', async () => {
      const context = await browser.newContext()
      try {
        const page = await context.newPage()
        const messages: string[] = []
        page.on('console', (message) => messages.push(message.text()))
        const failed: string[] = []
        page.on('requestfailed', (request) => failed.push(request.url()))
        const response = await page.goto(webUrl, { waitUntil: 'networkidle' })
        expect(response?.status()).toBe(200)
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
        // Hydration ran (React attaches to the root) and the stylesheet applied (fonts are set by CSS).
        await expect(
          page.evaluate(() => Boolean((window as unknown as { next?: unknown }).next)),
        ).resolves.toBe(true)
        await expect(
          page.evaluate(() => document.styleSheets.length > 0 && getComputedStyle(document.body).fontFamily),
        ).resolves.toBeTruthy()
        expect(messages.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
        expect(failed).toEqual([])
      } finally {
        await context.close()
      }
    })
  })
})
