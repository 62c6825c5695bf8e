import type { Page } from 'playwright-core'

import { axeViolations, freshPagePerTest } from './support/browser'
import { startSideWeb, type SideWeb } from './support/side-web'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()

/** Unknown addresses of every kind of route: article, page, topic (top and nested), person, deeper. */
const unknownAddresses = [
  ['an article', '/articles/no-such-article'],
  ['a page', '/no-such-page'],
  ['a topic', '/topics/no-such-topic'],
  ['a nested topic', '/topics/mental-health/no-such-topic'],
  ['a person', '/people/no-such-person'],
  ['an address several segments deep', '/no/such/address'],
  ['a newsletter action', '/newsletter/no-such-action'],
] as const

/** The server's HTML as a reader without JavaScript (or a crawler) gets it. */
async function serverHtml(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

function expectWholeSitePage(html: string): void {
  // Not Next's error shell, which has no layout and leaves everything to JavaScript.
  expect(html).not.toContain('id="__next_error__"')
  expect(html).toMatch(/<html lang="en"/)
  expect(html).toMatch(/<nav aria-label="Main"/)
  expect(html).toMatch(/<nav aria-label="Footer"/)
  expect(html).toContain('href="tel:988"')
  expect(html).toMatch(/<h1>We couldn’t find that page<\/h1>/)
  expect(html).toMatch(/<form role="search"[^>]*action="\/search"/)
  expect(html).toMatch(/<h2 id="not-found-topics">Popular topics<\/h2>/)
  expect(html).toContain('href="/topics/mental-health"')
  expect(html).toMatch(/<meta name="robots" content="noindex/)
  expect(html).toMatch(/<title>Page not found · Haven<\/title>/)
}

describe('an unknown address, without JavaScript', () => {
  it.each(unknownAddresses)('of %s answers 404 with the whole site page', async (_kind, path) => {
    const { status, html } = await serverHtml(`${webUrl}${path}`)
    expect(status).toBe(404)
    expectWholeSitePage(html)
  })

  it('answers the same from the cache on the next request', async () => {
    await serverHtml(`${webUrl}/articles/cached-no-such-article`)
    const again = await fetch(`${webUrl}/articles/cached-no-such-article`)
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(again.status).toBe(404)
    expectWholeSitePage(await again.text())
  })
})

describe('an unknown address in the browser', () => {
  const currentPage = freshPagePerTest()
  let page: Page
  beforeEach(() => {
    page = currentPage()
  })

  it('keeps the not-found page once JavaScript runs, with no axe violations', async () => {
    const response = await page.goto(`${webUrl}/articles/no-such-article-in-browser`)
    expect(response?.status()).toBe(404)
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'We couldn’t find that page',
    )
    await expect(
      page.getByRole('region', { name: 'Popular topics' }).getByRole('link').count(),
    ).resolves.toBeGreaterThan(0)
    await expect(page.getByRole('search').count()).resolves.toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('an unknown address while the CMS is down', () => {
  let side: SideWeb
  beforeAll(async () => {
    side = await startSideWeb(Number(new URL(webUrl).port) + 4)
  }, 120_000)
  afterAll(async () => {
    await side?.stop()
  })

  it('answers 503 and is not cached as a 404: once the CMS is back it answers the 404 page', async () => {
    await side.proxy.stop()
    try {
      const during = await fetch(`${side.url}/articles/unknown-during-outage`)
      expect(during.status).toBe(503)
      expect(await during.text()).toContain('988')
    } finally {
      await side.proxy.resume()
    }
    const after = await serverHtml(`${side.url}/articles/unknown-during-outage`)
    expect(after.status).toBe(404)
    expectWholeSitePage(after.html)
  }, 60_000)
})
