/**
 * The therapist directory on the reader site (issue 15): the menu's "Find a Therapist" answers, the
 * search form works without JavaScript (filters in the query string), result cards, an empty result
 * that says what to widen, hidden listings that stay hidden, and a profile with its licence check and
 * JSON-LD; no axe violations.
 */
import type { Page } from 'playwright-core'

import { axeViolations, freshPagePerTest } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const currentPage = freshPagePerTest()
let page: Page
beforeEach(() => {
  page = currentPage()
})

const results = () => page.getByRole('region', { name: /therapists? |No therapists found/ })

describe('the therapist directory', () => {
  it('answers the menu’s "Find a Therapist" links', async () => {
    await page.goto(webUrl)
    const links = page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', {
      name: 'Find a Therapist',
      includeHidden: true,
    })
    expect(await links.count()).toBeGreaterThan(0)
    for (const href of new Set(
      await links.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href)),
    ))
      expect((await fetch(href)).status).toBe(200)
  })

  it('searches by ZIP code from its form without JavaScript, nearest first, with the filters in the address', async () => {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    try {
      await noJs.goto(`${webUrl}/directory`)
      await noJs.getByLabel('ZIP code, city or state').fill('10001')
      await noJs.getByLabel('Within').selectOption('10')
      await noJs.getByLabel('Accepting new clients (confirmed this month)').check()
      await noJs.getByRole('button', { name: 'Search' }).click()
      await noJs.waitForURL(/\/directory\?/)
      const url = new URL(noJs.url())
      expect(url.searchParams.get('location')).toBe('10001')
      expect(url.searchParams.get('radius')).toBe('10')
      expect(url.searchParams.get('accepting')).toBe('1')
      const heading = await noJs
        .getByRole('region', { name: /therapists? within/ })
        .getByRole('heading', { level: 2 })
        .textContent()
      expect(heading).toMatch(/^\d+ therapists? within 10 miles of New York, NY 10001$/)
      const cards = noJs.getByRole('article')
      expect(await cards.count()).toBeGreaterThan(0)
      const first = cards.first()
      await expect(first.getByText('Verified licence').count()).resolves.toBe(1)
      await expect(
        first.getByText(/^Accepting new clients · confirmed (today|yesterday|\d+ days ago)$/).count(),
      ).resolves.toBe(1)
      await expect(first.getByRole('img').getAttribute('alt')).resolves.toMatch(/^Headshot of /)
      await expect(first.getByText(/, NY · [\d.]+ miles away/).count()).resolves.toBe(1)
      const distances = await cards.evaluateAll((els) =>
        els.map((el) => Number(el.textContent?.match(/· ([\d.]+) miles away/)?.[1])),
      )
      const bands = distances.map((d) => Math.floor(d / 5))
      expect(bands).toEqual([...bands].sort((a, b) => a - b))
    } finally {
      await context.close()
    }
  })

  it('shows the first 270 characters of the first statement on a card, and the same order on a reload', async () => {
    await page.goto(`${webUrl}/directory?location=CA`)
    const cards = page.getByRole('article')
    const names = await cards.getByRole('heading').allTextContents()
    expect(names.length).toBeGreaterThan(1)
    const excerpt = await cards.first().locator('p').nth(2).textContent()
    expect([...excerpt!].length).toBeLessThanOrEqual(271)
    expect(excerpt).toMatch(/^I work with people living with .*…$/)
    await page.reload()
    await expect(cards.getByRole('heading').allTextContents()).resolves.toEqual(names)
    expect(await axeViolations(page)).toEqual([])
  })

  it('says what to widen when nothing matches', async () => {
    await page.goto(`${webUrl}/directory?location=99501&maxFee=60`)
    await expect(results().getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'No therapists found within 25 miles of Anchorage, AK 99501',
    )
    const tips = await results().getByRole('listitem').allTextContents()
    expect(tips).toEqual([
      'a larger radius than 25 miles',
      'therapists who see clients online in your state',
      'a fee above $60',
    ])
    expect(await axeViolations(page)).toEqual([])
  })

  it('names a bad parameter instead of searching', async () => {
    const response = await page.goto(`${webUrl}/directory?maxFee=cheap`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('main').getByRole('alert').textContent()).resolves.toBe(
      'This search could not be read: maxFee: must be a whole number from 0 to 1000',
    )
  })

  it.each([
    ['pending', 'diego-arriaga'],
    ['expired', 'benjamin-stroud'],
    ['paused', 'victor-esposito'],
    ['rejected', 'omar-siddiqui'],
  ])('never shows a %s listing: its profile is a 404', async (_status, slug) => {
    expect((await page.goto(`${webUrl}/directory/${slug}`))?.status()).toBe(404)
  })

  it('shows a profile with every section, its licence check and JSON-LD', async () => {
    const response = await page.goto(`${webUrl}/directory/theo-bramwell`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Theo Bramwell, LMFT, MA',
    )
    for (const section of ['What I help with', 'My approach', 'About me', 'Details', 'Licences'])
      await expect(page.getByRole('heading', { level: 2, name: section }).count()).resolves.toBe(1)
    await expect(
      page
        .getByText(/^Licence verified on [A-Z][a-z]+ \d{1,2}, \d{4} · expires [A-Z][a-z]+ \d{1,2}, \d{4}$/)
        .count(),
    ).resolves.toBe(1)
    const anxiety = page.getByRole('main').getByRole('link', { name: 'Anxiety', exact: true })
    await expect(anxiety.getAttribute('href')).resolves.toBe('/topics/mental-health/anxiety')
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent())!,
    ) as {
      '@type': string
      name: string
      hasCredential: { validUntil: string }[]
    }
    expect(ld['@type']).toBe('Person')
    expect(ld.name).toBe('Theo Bramwell')
    expect(ld.hasCredential[0]!.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // The owner's account never reaches the page.
    expect(await page.content()).not.toContain('therapist@haven.test')
    expect(await axeViolations(page)).toEqual([])
  })
})
