import type { Page } from 'playwright-core'

import { axeViolations, freshPagePerTest } from './support/browser'
import { stackInfo } from './support/stack-file'

/**
 * What a reader sees, judged on a phone (390x844) and a desktop (1366x900): each defect the reader
 * review found is checked where it showed, and every page is saved as a screenshot in
 * tests/.artifacts/design/ to look at beside the reference page.
 */
const { webUrl } = stackInfo()
const phone = { width: 390, height: 844 }
const desktop = { width: 1366, height: 900 }
const currentPage = freshPagePerTest(desktop)
let page: Page
beforeEach(() => {
  page = currentPage()
})

async function shoot(name: string) {
  await page.screenshot({ path: `tests/.artifacts/design/${name}.png`, fullPage: true })
}

describe('reader design', () => {
  it.each([
    ['home', '/'],
    ['article', '/articles/emotional-intimacy'],
    ['topic', '/topics/mental-health'],
    ['person', '/people/maren-okafor'],
    ['contact', '/contact-us'],
  ])('%s page: screenshots on a phone and a desktop, zero axe violations', async (name, path) => {
    for (const [label, viewport] of [
      ['phone', phone],
      ['desktop', desktop],
    ] as const) {
      await page.setViewportSize(viewport)
      const response = await page.goto(`${webUrl}${path}`)
      expect(response?.status()).toBe(200)
      await shoot(`${name}-${label}`)
    }
    expect(await axeViolations(page)).toEqual([])
  })

  it('keeps the cookie banner to under a quarter of a phone’s first screen', async () => {
    await page.setViewportSize(phone)
    await page.goto(webUrl)
    const banner = page.getByRole('region', { name: 'Your privacy on Haven' })
    const box = (await banner.boundingBox())!
    expect(box.height).toBeLessThan(phone.height * 0.25)
    // The three choices stay the same size, side by side.
    const buttons = await banner
      .locator('.consent-banner__actions button')
      .evaluateAll((all) => all.map((button) => button.getBoundingClientRect()))
    expect(new Set(buttons.map((rect) => Math.round(rect.top))).size).toBe(1)
    expect(new Set(buttons.map((rect) => Math.round(rect.width))).size).toBe(1)
  })

  it('fills the desktop width with cards whose titles are not underlined', async () => {
    await page.goto(webUrl)
    const featured = page.getByRole('region', { name: 'Featured' })
    const mainWidth = await page.locator('main').evaluate((main) => {
      const style = getComputedStyle(main)
      return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    })
    const cards = await featured
      .locator('.card')
      .evaluateAll((all) => all.map((card) => card.getBoundingClientRect()))
    const left = Math.min(...cards.map((rect) => rect.left))
    const right = Math.max(...cards.map((rect) => rect.right))
    expect(right - left).toBeGreaterThan(mainWidth * 0.95)
    const decoration = await featured
      .locator('.card h3 a')
      .first()
      .evaluate((link) => getComputedStyle(link).textDecorationLine)
    expect(decoration).toBe('none')
  })

  it('shows topic links as tappable pills, not bare bullets in two columns, on a phone', async () => {
    await page.setViewportSize(phone)
    await page.goto(webUrl)
    const list = page.locator('.topic-links').first()
    expect(await list.evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe('none')
    expect(await list.evaluate((ul) => getComputedStyle(ul).columnCount)).toBe('auto')
    const heights = await list
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height))
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44)
  })

  it('closes a mega-menu panel when the mouse pointer leaves it', async () => {
    await page.goto(webUrl)
    const button = page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('button', { name: 'Mental Health' })
    await button.click()
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true')
    const panel = page.locator(`#${(await button.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`)
    const box = (await panel.boundingBox())!
    // Into the panel: it stays open.
    await page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 5 })
    await page.waitForTimeout(500)
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true')
    // Out, below it: it closes.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 120, { steps: 5 })
    await page.waitForFunction(
      (id) => document.querySelector(`[aria-controls="${id}"]`)?.getAttribute('aria-expanded') === 'false',
      await button.getAttribute('aria-controls'),
      { timeout: 3000 },
    )
  })

  it('names crisis regions as headings and says how to reach a line that needs a keyword', async () => {
    await page.goto(webUrl)
    const crisis = page.getByRole('region', { name: 'If you are in crisis' })
    await expect(crisis.getByRole('heading', { name: 'United States', exact: true }).count()).resolves.toBe(1)
    await expect(crisis.getByRole('heading', { name: /^the / }).count()).resolves.toBe(0)
    const row = crisis.locator('li', { hasText: 'Crisis Text Line' })
    await expect(row.textContent()).resolves.toContain('Text HOME to 741741')
  })

  it('links the contact page’s addresses', async () => {
    await page.goto(`${webUrl}/contact-us`)
    const link = page.getByRole('link', { name: 'editors@haven.example' }).first()
    await expect(link.getAttribute('href')).resolves.toBe('mailto:editors@haven.example')
  })

  it('fits the video placeholder on a phone, with a one-line play label', async () => {
    await page.setViewportSize(phone)
    await page.goto(`${webUrl}/articles/emotional-intimacy`)
    const frame = page.locator('.article-video-frame')
    const play = page.getByRole('button', { name: /^Play video/ })
    await play.scrollIntoViewIfNeeded()
    const [frameBox, playBox, noteBox] = await Promise.all([
      frame.boundingBox(),
      play.boundingBox(),
      page.locator('.article-video-placeholder p').boundingBox(),
    ])
    expect(playBox!.height).toBeLessThan(60) // one line (it wrapped onto four)
    expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(frameBox!.y + frameBox!.height + 1)
    expect(playBox!.y).toBeGreaterThanOrEqual(frameBox!.y)
  })

  it('flagship: no heading twice in a row, each partner once, a headshot in the author box', async () => {
    await page.goto(`${webUrl}/articles/emotional-intimacy`)
    const headings = await page
      .locator('main :is(h2, h3, h4)')
      .evaluateAll((all) => all.map((heading) => heading.textContent?.trim().toLowerCase()))
    headings.forEach((text, index) => expect(text).not.toBe(headings[index - 1]))
    const partners = await page.locator('.article-offer-name').allTextContents()
    expect(partners.length).toBeGreaterThan(0)
    expect(new Set(partners).size).toBe(partners.length)
    await expect(
      page.getByRole('complementary', { name: 'About the author' }).locator('img').count(),
    ).resolves.toBeGreaterThan(0)
  })
})
