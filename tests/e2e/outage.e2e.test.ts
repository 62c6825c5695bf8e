/**
 * While the CMS is down, pages already cached are still served, a refresh that cannot reach the CMS
 * never replaces them with a page missing its menu, footer or crisis lines, and a page that is not
 * cached answers 503 with the site's own "temporarily unavailable" page (never a stack trace), which
 * lists the last known crisis lines even without JavaScript. A second web server on the same build
 * reads the CMS through a proxy this test can switch off or stall, so the shared stack is never
 * disturbed.
 */
import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What every 200 page carries: the menu, the footer's link groups and the crisis lines with 988. */
function chromeOf(html: string) {
  return {
    menu: html.includes('aria-label="Main"'),
    footer: html.includes('aria-label="Footer"'),
    crisisLines: html.includes('id="crisis-lines-heading"') && html.includes('href="tel:988"'),
  }
}
const wholeChrome = { menu: true, footer: true, crisisLines: true }

/** Tells the side server that the menu, the footer and the crisis lines changed, as the CMS does on a save. */
async function globalsChanged(): Promise<void> {
  const response = await fetch(`${webUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: stackInfo().revalidateSecret },
    body: JSON.stringify({ tags: ['navigation', 'crisis-resources', 'site-settings'] }),
  })
  expect(response.status).toBe(200)
}

/** `count` requests for `path`, `gapMs` apart: status, chrome and cache state of each. */
async function servedOver(path: string, count: number, gapMs: number) {
  const served = []
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(webUrl + path)
    const html = await response.text()
    served.push({
      status: response.status,
      chrome: chromeOf(html),
      heading: /<h1>([^<]*)<\/h1>/.exec(html)?.[1],
    })
    await sleep(gapMs)
  }
  return served
}

describe('a refresh that cannot reach the CMS', () => {
  it.each([
    ['is down', '/editorial-policy', 'Editorial Policy'],
    ['is slower than the web server waits', '/advertising-policy', 'Advertising Policy'],
  ])(
    'keeps serving the last good page, crisis lines and all, while the CMS %s, and the refreshed one once it is back',
    async (outage, path, title) => {
      const before = await fetch(webUrl + path)
      expect(before.status).toBe(200)
      const good = await before.text()
      expect(chromeOf(good)).toEqual(wholeChrome)
      expect(good).toContain(`<h1>${title}</h1>`)

      if (outage === 'is down') await side.proxy.stop()
      else side.proxy.stall(true)
      // The menu, footer and crisis lines changed (as far as the web server is told) while it cannot
      // read them: the render that would refresh the page throws and is not cached, and readers keep
      // getting the last good page.
      await globalsChanged()
      expect(await servedOver(path, 4, 300)).toEqual(
        Array.from({ length: 4 }, () => ({ status: 200, chrome: wholeChrome, heading: title })),
      )

      // The CMS is back: Next.js retries the refresh (30 s after the failed one at the latest), reads
      // the CMS again, and caches the refreshed page, whole.
      side.proxy.resetReads()
      if (outage === 'is down') await side.proxy.resume()
      else side.proxy.stall(false)
      let refreshed = false
      for (const started = Date.now(); !refreshed && Date.now() - started < 75_000;) {
        const response = await fetch(webUrl + path)
        const html = await response.text()
        expect({ status: response.status, chrome: chromeOf(html) }).toEqual({
          status: 200,
          chrome: wholeChrome,
        })
        const reread = side.proxy.paths().some((read) => read.startsWith('/api/globals/crisis-resources'))
        refreshed = reread && response.headers.get('x-nextjs-cache') === 'HIT'
        if (!refreshed) await sleep(1000)
      }
      expect(refreshed).toBe(true)
    },
    120_000,
  )

  it('answers a page that expired just before the CMS went away with 503 and the crisis lines, never a 200 without them', async () => {
    const path = '/privacy-policy'
    expect(chromeOf(await (await fetch(webUrl + path)).text())).toEqual(wholeChrome)
    // Told while the CMS is up, the web server drops the page at once (the next reader sees the change);
    // then the CMS goes away before anyone asks.
    await globalsChanged()
    await side.proxy.stop()
    for (const view of await servedOver(path, 3, 300)) {
      expect([200, 503]).toContain(view.status)
      expect(view.chrome.crisisLines).toBe(true)
      if (view.status === 200)
        expect(view).toEqual({ status: 200, chrome: wholeChrome, heading: 'Privacy Policy' })
    }
    await side.proxy.resume()
    expect(await servedOver(path, 1, 0)).toEqual([
      { status: 200, chrome: wholeChrome, heading: 'Privacy Policy' },
    ])
  })
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
    // The words are in the HTML itself, for readers and crawlers without JavaScript, with the last
    // crisis lines this server read from the CMS: 988 and the emergency number, as links.
    expect(body).toContain('<h1>This page is temporarily unavailable</h1>')
    expect(body).toContain('id="crisis-lines-heading"')
    expect(body).toMatch(/call <a href="tel:988">988<\/a>/)
    expect(body).toContain('Emergency: call <a href="tel:911">911</a>')

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
      await expect(plain.getByRole('link', { name: '988' }).first().getAttribute('href')).resolves.toBe(
        'tel:988',
      )
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
