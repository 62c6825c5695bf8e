/**
 * While the CMS is down, pages already cached are still served, and a page that is not cached answers
 * 503 with the site's own "temporarily unavailable" page (never a stack trace). A second web server on
 * the same build reads the CMS through a proxy this test can switch off, so the shared stack is never
 * disturbed.
 */
import { axeViolations, launchChromium } from './support/browser'
import { startSideWeb, type SideWeb } from './support/side-web'
import { stackInfo } from './support/stack-file'

let side: SideWeb
let webUrl: string

beforeAll(async () => {
  side = await startSideWeb(Number(new URL(stackInfo().webUrl).port) + 2)
  webUrl = side.url
}, 90_000)

afterAll(async () => {
  await side?.stop()
})

describe('with the CMS down', () => {
  const cachedPath = '/topics/mental-health/addiction'

  it('still serves a page that was cached before the outage', async () => {
    const before = await fetch(webUrl + cachedPath)
    expect(before.status).toBe(200)
    const html = await before.text()
    expect(html).toContain('<h1>Addiction</h1>')

    await side.proxy.stop()
    expect((await fetch(`${webUrl}/api/health`)).status).toBe(503)
    const during = await fetch(webUrl + cachedPath)
    expect(during.status).toBe(200)
    expect(await during.text()).toContain('<h1>Addiction</h1>')
  })

  it('answers a page that is not cached with 503, Retry-After and the friendly page', async () => {
    const uncached = `${webUrl}/articles/not-cached-${Date.now()}`
    const response = await fetch(uncached)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(response.headers.get('cache-control')).toBe('no-store, no-transform')
    const body = await response.text()
    expect(body).not.toMatch(/CmsError|at \S+ \(.*:\d+:\d+\)/)
    // The words are in the HTML itself, for readers and crawlers without JavaScript.
    expect(body).toContain('<h1>This page is temporarily unavailable</h1>')

    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const shown = await page.goto(uncached)
      expect(shown?.status()).toBe(503)
      // With JavaScript, React replaces the plain markup with app/error.tsx (its button retries in place).
      await page.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 15_000 })
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1)
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'This page is temporarily unavailable',
      )
      await expect(page.getByRole('link', { name: 'Try again' }).count()).resolves.toBe(0)
      expect(await axeViolations(page)).toEqual([])

      // Without JavaScript, the same page, from the markup alone.
      const noScript = await browser.newContext({ javaScriptEnabled: false })
      const plain = await noScript.newPage()
      expect((await plain.goto(uncached))?.status()).toBe(503)
      await expect(plain.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'This page is temporarily unavailable',
      )
      await expect(plain.getByRole('link', { name: 'Try again' }).count()).resolves.toBe(1)
      // axe needs JavaScript, so it checks the same markup with the page's own scripts taken out.
      const markupOnly = await browser.newPage()
      await markupOnly.route(uncached, (route) =>
        route.fulfill({
          status: 503,
          contentType: 'text/html; charset=utf-8',
          body: body.replace(/<script\b[\s\S]*?<\/script>/g, ''),
        }),
      )
      await markupOnly.goto(uncached)
      await expect(markupOnly.getByRole('heading', { level: 1 }).count()).resolves.toBe(1)
      expect(await axeViolations(markupOnly)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
