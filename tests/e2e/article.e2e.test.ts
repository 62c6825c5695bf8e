import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl } = stackInfo()
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
    // One link per offer: 1, 3 and 1 offers in the three groups.
    expect(await page.locator('a[rel="sponsored noopener"]').count()).toBe(5)
  })

  it('loads the video only when the reader asks, and shows the transcript before that', async () => {
    await page.goto(flagship)
    const transcript = page.locator('details.article-video-transcript')
    await transcript.locator('summary').click()
    await expect(transcript.textContent()).resolves.toMatch(/Transcript[\s\S]{200,}/)
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
    const credential = (abbreviation: string) =>
      expect.arrayContaining([
        expect.objectContaining({
          '@type': 'EducationalOccupationalCredential',
          alternateName: abbreviation,
        }),
      ])
    expect(data[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: flagship,
      lastReviewed: expect.stringMatching(/^2023-03-10/),
      reviewedBy: [
        expect.objectContaining({
          '@type': 'Person',
          name: 'Tomás Lindqvist',
          url: `${webUrl}/people/tomas-lindqvist`,
          hasCredential: credential('MD'),
        }),
      ],
      mainEntity: {
        '@type': 'Article',
        headline: 'Emotional Intimacy: What It Is and How to Build More of It',
        description: expect.stringMatching(/^Emotional intimacy is/),
        datePublished: expect.stringMatching(/^2023-02-06/),
        dateModified: expect.stringMatching(/^2023-03-15/),
        image: expect.stringMatching(new RegExp(`^${webUrl}/_next/image\\?url=`)),
        mainEntityOfPage: flagship,
        author: [
          expect.objectContaining({
            '@type': 'Person',
            name: 'Maren Okafor',
            hasCredential: credential('LMFT'),
          }),
        ],
      },
    })
    expect(data[1]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${webUrl}/` },
        { '@type': 'ListItem', position: 2, name: 'Relationships', item: `${webUrl}/topics/relationships` },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'Intimacy',
          item: `${webUrl}/topics/relationships/intimacy`,
        },
        {
          '@type': 'ListItem',
          position: 4,
          name: 'Emotional Intimacy: What It Is and How to Build More of It',
          item: flagship,
        },
      ],
    })
  })

  it('has its title, description, canonical address and Open Graph data, with an image anyone can fetch', async () => {
    await page.goto(flagship)
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content')
    await expect(page.title()).resolves.toMatch(/^Emotional Intimacy/)
    await expect(meta('meta[name="description"]')).resolves.toMatch(/^Emotional intimacy is the sense/)
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(flagship)
    await expect(meta('meta[property="og:type"]')).resolves.toBe('article')
    await expect(meta('meta[property="og:url"]')).resolves.toBe(flagship)
    await expect(meta('meta[property="og:title"]')).resolves.toMatch(/^Emotional Intimacy/)
    await expect(meta('meta[property="article:published_time"]')).resolves.toMatch(/^2023-02-06/)
    const image = (await meta('meta[property="og:image"]'))!
    // On the site's own address (never the CMS's, which may be internal), and it answers with an image.
    expect(image.startsWith(`${webUrl}/_next/image?`)).toBe(true)
    const fetched = await fetch(image)
    expect(fetched.status).toBe(200)
    expect(fetched.headers.get('content-type')).toMatch(/^image\//)
  })

  it('lists the five latest other articles as recent, newest first, with summaries cut at a word', async () => {
    await page.goto(flagship)
    const expected = (
      (await (
        await fetch(
          `${cmsUrl}/api/articles?sort=-publishedAt&limit=5&depth=0&where[slug][not_equals]=emotional-intimacy`,
        )
      ).json()) as { docs: { slug: string; summary: string }[] }
    ).docs
    const recent = page.getByRole('region', { name: 'Recent articles' })
    const cards = await recent.getByRole('listitem').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href'),
        summary: item.querySelector('p')?.textContent ?? '',
      })),
    )
    expect(cards.map((card) => card.href)).toEqual(expected.map((doc) => `/articles/${doc.slug}`))
    cards.forEach((card, index) => {
      const full = expected[index]!.summary
      if (card.summary === full) return
      expect(card.summary.endsWith('…')).toBe(true)
      const kept = card.summary.slice(0, -1)
      expect(full.startsWith(kept)).toBe(true)
      expect(full[kept.length]).toMatch(/[\s,;:.]/) // cut between words
    })
  })

  it('shows the infographics as captioned figures with their descriptions, further reading, the author box and the crisis lines', async () => {
    await page.goto(flagship)
    const figures = page.locator('.article-gallery figure')
    expect(await figures.count()).toBeGreaterThan(0)
    for (const figure of await figures.all()) {
      await expect(figure.locator('figcaption').textContent()).resolves.toMatch(/\S/)
      await expect(figure.getByRole('img').getAttribute('alt')).resolves.toMatch(/\S/)
    }
    expect(await page.locator('.article-gallery-description').count()).toBe(await figures.count())
    const further = page.getByRole('heading', { name: 'For Further Reading' })
    await expect(further.isVisible()).resolves.toBe(true)
    const furtherLinks = page.locator('.article-further-reading a[href^="/articles/"]')
    expect(await furtherLinks.count()).toBeGreaterThanOrEqual(3)
    const author = page.getByRole('complementary', { name: 'About the author' })
    await expect(author.getByRole('link', { name: 'Maren Okafor' }).getAttribute('href')).resolves.toBe(
      '/people/maren-okafor',
    )
    const crisis = page.getByRole('region', { name: 'If you are in crisis' })
    await expect(crisis.getByRole('link', { name: '988' }).first().getAttribute('href')).resolves.toBe(
      'tel:988',
    )
  })

  it('highlights the section being read in the table of contents, beside the text, never under the header', async () => {
    await page.goto(flagship)
    const toc = page.getByRole('navigation', { name: 'Table of contents' })
    const current = () =>
      toc.locator('a[aria-current="location"]').evaluateAll((links) => links.map((link) => link.textContent))
    await expect(current()).resolves.toEqual([])
    await toc.getByRole('link', { name: 'How to Build More of It' }).click()
    await page.waitForFunction(() => document.querySelector('[data-article-toc] a[aria-current="location"]'))
    await expect(current()).resolves.toEqual(['How to Build More of It'])
    // The heading the link leads to sits below the sticky header, and the table of contents stays in view.
    const header = (await page.locator('.site-header').boundingBox())!
    const target = await toc.getByRole('link', { name: 'How to Build More of It' }).getAttribute('href')
    const heading = (await page.locator(`h2[id="${target!.slice(1)}"]`).boundingBox())!
    expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height)
    const tocBox = (await toc.boundingBox())!
    expect(tocBox.y).toBeGreaterThanOrEqual(header.y + header.height)
    expect(tocBox.y + tocBox.height).toBeLessThanOrEqual(900)
    // A jump to the end passes every heading in one scroll; the last section is marked. And back.
    const jump = (top: 'end' | 'start') =>
      page.evaluate((to) => {
        window.scrollTo({
          top: to === 'end' ? document.documentElement.scrollHeight : 0,
          behavior: 'instant',
        })
      }, top)
    await jump('end')
    await page.waitForFunction(
      () =>
        document.querySelector('[data-article-toc] a[aria-current="location"]')?.textContent ===
        'Infographics',
    )
    await jump('start')
    await page.waitForFunction(() => !document.querySelector('[data-article-toc] a[aria-current="location"]'))
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
