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

  it('renders the whole menu tree: 102 items in the mobile menu', async () => {
    await page.goto(webUrl)
    const mobile = page.getByRole('navigation', { name: 'Main (mobile)', includeHidden: true })
    expect(await mobile.locator('li').count()).toBe(102)
  })

  it('has no axe violations, with a menu panel open too', async () => {
    await page.goto(webUrl)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Therapy Techniques' }).click()
    expect(await axeViolations(page)).toEqual([])
  })
})
