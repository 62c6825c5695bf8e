import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const flagship = `${webUrl}/articles/emotional-intimacy`
let browser: Browser
let context: BrowserContext
let page: Page
let requestedHosts: Set<string>

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  requestedHosts = new Set()
  page.on('request', (request) => requestedHosts.add(new URL(request.url()).hostname))
})
afterEach(async () => {
  await context?.close()
})

describe('the flagship article page', () => {
  it('shows the title, the byline with credentials and derived headshot alt text, and the dates', async () => {
    const response = await page.goto(flagship)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Emotional Intimacy: What It Is and How to Build More of It',
    )
    await expect(page.getByRole('link', { name: 'Maren Okafor' }).first().getAttribute('href')).resolves.toBe(
      '/people/maren-okafor',
    )
    await expect(
      page.getByRole('img', { name: 'Headshot of Maren Okafor, LMFT' }).count(),
    ).resolves.toBeGreaterThan(0)
    await expect(
      page.getByRole('img', { name: 'Headshot of Tomás Lindqvist, MD' }).count(),
    ).resolves.toBeGreaterThan(0)
    await expect(page.locator('time[datetime^="2023-02-06"]').first().textContent()).resolves.toBe(
      'February 6, 2023',
    )
    await page.screenshot({ path: 'tests/.artifacts/article.png', fullPage: false })
  })

  it('has a table of contents of short labels that link to the section headings', async () => {
    await page.goto(flagship)
    const toc = page.getByRole('navigation', { name: 'Table of contents' })
    const link = toc.getByRole('link', { name: 'What It Feels Like' })
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^#/)
    await expect(page.locator(`h2${href}`).textContent()).resolves.toBe('Signs of Emotional Intimacy')
  })

  it('shows each offers group’s derived disclosure before its offers, with sponsored links', async () => {
    await page.goto(flagship)
    const html = await page.content()
    const disclosure = html.indexOf('when readers sign up through these links')
    expect(disclosure).toBeGreaterThan(0)
    const firstSponsored = html.indexOf('rel="sponsored noopener"')
    expect(firstSponsored).toBeGreaterThan(disclosure)
    expect(await page.locator('a[rel="sponsored noopener"]').count()).toBe(10)
  })

  it('loads the video only when the reader asks, and shows the transcript before that', async () => {
    await page.goto(flagship)
    expect(await page.locator('iframe').count()).toBe(0)
    expect([...requestedHosts].filter((host) => !['localhost', '127.0.0.1'].includes(host))).toEqual([])
    await page.getByRole('button', { name: /Play video/ }).click()
    await expect(page.locator('iframe').first().getAttribute('src')).resolves.toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/hvnDemo0001/,
    )
  })

  it('describes itself as a clinically reviewed MedicalWebPage in JSON-LD', async () => {
    await page.goto(flagship)
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    ) as Record<string, unknown>[]
    expect(data[0]).toMatchObject({
      '@type': 'MedicalWebPage',
      reviewedBy: [expect.objectContaining({ '@type': 'Person', name: 'Tomás Lindqvist' })],
      mainEntity: expect.objectContaining({
        '@type': 'Article',
        datePublished: expect.stringMatching(/^2023-02-06/),
      }),
    })
    expect(data[1]).toMatchObject({ '@type': 'BreadcrumbList' })
  })

  it('has no axe violations', async () => {
    await page.goto(flagship)
    expect(await axeViolations(page)).toEqual([])
  })

  it('answers an unknown article with 404', async () => {
    const response = await page.goto(`${webUrl}/articles/no-such-article`)
    expect(response?.status()).toBe(404)
  })
})
