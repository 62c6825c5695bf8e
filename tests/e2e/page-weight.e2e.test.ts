import { gzipSync } from 'node:zlib'

import type { Browser } from 'playwright-core'

import { launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl } = stackInfo()
const flagship = `${webUrl}/articles/emotional-intimacy`

/**
 * What CI holds the flagship's HTML (gzip level 9, as the bench weighs it) to: 35 KB measured (with its
 * sources section and partner logos), with
 * room for a small section more, so a change that makes it clearly heavier fails here. The bench
 * checks it against issue 14's 20 KB target (README, Benchmarks, says why that is not met).
 */
const FLAGSHIP_HTML_GZIP_LIMIT = 37 * 1024

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** The page as the cache serves it (the first request may be the one that renders it). */
async function cachedHtml(url: string): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const response = await fetch(url)
    const html = await response.text()
    if (response.status === 200 && response.headers.get('x-nextjs-cache') === 'HIT') return html
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} is not served from the cache after 20 requests`)
}

describe("the flagship article's weight", () => {
  it(`is within ${FLAGSHIP_HTML_GZIP_LIMIT / 1024} KB of HTML (gzip), with every part of the page in that HTML`, async () => {
    const html = await cachedHtml(flagship)
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(FLAGSHIP_HTML_GZIP_LIMIT)

    // The parts, read from the HTML alone (no script runs): what a light page may not drop.
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(flagship)
      const menu = page.getByRole('navigation', { name: 'Main', exact: true, includeHidden: true })
      expect(await menu.locator('li').count()).toBe(102)
      const { docs } = (await (
        await fetch(`${cmsUrl}/api/articles?where[slug][equals]=emotional-intimacy&limit=1&depth=0`)
      ).json()) as {
        docs: { title: string; body: { root: { children: { type: string; children?: unknown[] }[] } } }[]
      }
      const article = docs[0]!
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title)
      const body = page.locator('.article-body')
      // Every paragraph of the body's top level is there (Lexical's empty ones render as nothing).
      const paragraphs = article.body.root.children.filter(
        (node) => node.type === 'paragraph' && node.children?.length,
      ).length
      expect(await body.locator(':scope > p').count()).toBe(paragraphs)
      expect(await body.locator('h2').count()).toBeGreaterThan(3)
      await expect(page.getByRole('complementary', { name: 'About the author' }).count()).resolves.toBe(1)
      await expect(
        page.getByRole('region', { name: 'Recent articles' }).getByRole('link').count(),
      ).resolves.toBe(5)
      const crisis = page.getByRole('region', { name: 'If you are in crisis' })
      await expect(crisis.getByRole('link', { name: '988' }).count()).resolves.toBeGreaterThan(0)
      await expect(page.getByRole('contentinfo').count()).resolves.toBe(1)
    } finally {
      await context.close()
    }
  })
})
