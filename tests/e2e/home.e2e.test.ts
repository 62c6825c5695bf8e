import type { Page } from 'playwright-core'

import { axeViolations, freshPagePerTest } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const currentPage = freshPagePerTest()
let page: Page
beforeEach(() => {
  page = currentPage()
})

describe('the home page', () => {
  it('shows featured and latest articles from the CMS, each linking to its page', async () => {
    await page.goto(webUrl)
    await page.screenshot({ path: 'tests/.artifacts/home.png', fullPage: false })
    const featured = page.getByRole('region', { name: 'Featured' })
    await expect(
      featured.getByRole('link', { name: /Emotional Intimacy/ }).getAttribute('href'),
    ).resolves.toBe('/articles/emotional-intimacy')
    const latest = page.getByRole('region', { name: 'Latest articles' })
    const hrefs = await latest
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs).toHaveLength(9)
    for (const href of hrefs) expect(href).toMatch(/^\/articles\/[a-z0-9-]+$/)
  })

  it('shows the crisis lines from the one global source, with 988 and never 811', async () => {
    await page.goto(webUrl)
    const crisis = page.getByRole('region', { name: 'If you are in crisis' })
    await expect(crisis.getByRole('link', { name: '988' }).first().getAttribute('href')).resolves.toBe(
      'tel:988',
    )
    expect(await crisis.textContent()).not.toMatch(/811|273-8255/)
  })

  it('shows only trust badges that are still valid', async () => {
    await page.goto(webUrl)
    const badges = page.getByRole('list', { name: 'Trust badges' })
    await expect(badges.textContent()).resolves.toContain('Clinically reviewed content')
    await expect(badges.textContent()).resolves.not.toContain('HONcode')
  })

  it('opens a menu panel with Enter, and Escape closes it and returns focus to its button', async () => {
    await page.goto(webUrl)
    const button = page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('button', { name: 'Mental Health' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true')
    const panel = page.locator(`#${(await button.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`)
    await expect(panel.getByRole('link', { name: 'OCD vs. OCPD' }).isVisible()).resolves.toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Escape')
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
  })

  it('opens a menu panel with Space too, keeps the last one on screen, and closes it when focus leaves the menu', async () => {
    await page.goto(webUrl)
    const nav = page.getByRole('navigation', { name: 'Main', exact: true })
    const button = nav.getByRole('button', { name: 'Therapist Directory' })
    await button.focus()
    await page.keyboard.press(' ')
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true')
    const panel = page.locator(`#${(await button.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`)
    const box = (await panel.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(1280)
    await page.keyboard.press(' ')
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')
    await page.keyboard.press('Enter')
    // Tab through the panel's links and on out of the menu (to Search): the panel closes behind.
    const links = await panel.getByRole('link').count()
    for (let i = 0; i <= links; i += 1) await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Search')
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')
  })

  it('works the phone menu by keyboard: sections open and Escape steps back out, then leaving closes it', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(webUrl)
    await expect(page.getByRole('navigation', { name: 'Main', exact: true }).isVisible()).resolves.toBe(false)
    const menu = page.getByRole('button', { name: 'Menu' })
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    await menu.focus()
    await page.keyboard.press('Enter')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
    const mobile = page.getByRole('navigation', { name: 'Main (mobile)' })
    const section = mobile.getByRole('button', { name: 'Mental Health' })
    await page.keyboard.press('Tab')
    await expect(focused()).resolves.toBe('Mental Health')
    await page.keyboard.press(' ')
    await expect(section.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(mobile.getByRole('link', { name: 'OCD vs. OCPD' }).isVisible()).resolves.toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Tab')
    await expect(focused()).resolves.toBe('All of Mental Health')
    await page.keyboard.press('Escape')
    await expect(section.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(focused()).resolves.toBe('Mental Health')
    await page.keyboard.press('Escape')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(focused()).resolves.toBe('Menu')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Shift+Tab')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(mobile.isVisible()).resolves.toBe(false)
  })

  it('renders the whole menu tree: 102 items in the desktop menu, and in the phone menu once it opens', async () => {
    await page.goto(webUrl)
    const main = page.getByRole('navigation', { name: 'Main', exact: true, includeHidden: true })
    expect(await main.locator('li').count()).toBe(102)
    // The phone menu's sections render when it opens (they are not a second copy in the HTML).
    const mobile = page.getByRole('navigation', { name: 'Main (mobile)', includeHidden: true })
    expect(await mobile.locator('li').count()).toBe(0)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('button', { name: 'Menu' }).click()
    expect(await mobile.locator('li').count()).toBe(102)
  })

  it('has no axe violations, with a menu panel open too', async () => {
    await page.goto(webUrl)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Therapy Techniques' }).click()
    expect(await axeViolations(page)).toEqual([])
  })
})
