import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl } = stackInfo()
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  context = await browser.newContext()
  page = await context.newPage()
})
afterEach(async () => {
  await context?.close()
})

describe('the reader site', () => {
  it('serves the home page with the site’s own HTML', async () => {
    const response = await page.goto(webUrl)
    expect(response?.status()).toBe(200)
    await expect(page.title()).resolves.toMatch(/Haven/)
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
  })

  it('puts the skip link first in focus order and it moves focus to the main content', async () => {
    await page.goto(webUrl)
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    await expect(focused.textContent()).resolves.toBe('Skip to content')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
  })

  it('has no axe violations on the home page', async () => {
    await page.goto(webUrl)
    expect(await axeViolations(page)).toEqual([])
  })

  it('answers an unknown path with 404 and its own not-found page', async () => {
    const response = await page.goto(`${webUrl}/this-page-does-not-exist/at-all`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/couldn’t find/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('reports the CMS as reachable on its health endpoint', async () => {
    const response = await page.request.get(`${webUrl}/api/health`)
    expect(response.status()).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', service: 'web', cms: { ok: true } })
  })
})

describe('the CMS admin', () => {
  it('lets the demo admin sign in and shows the dashboard', async () => {
    const response = await page.goto(`${cmsUrl}/admin`)
    expect(response?.status()).toBe(200)
    await page.getByLabel('Email').fill('admin@haven.test')
    await page.getByLabel('Password').fill('haven-demo-password')
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(`${cmsUrl}/admin`, { timeout: 30_000 })
    // The dashboard's main area lists, as cards, the collections an admin manages.
    const main = page.locator('main, .dashboard').first()
    await main
      .getByRole('heading', { name: 'Users' })
      .or(main.getByText('Users', { exact: true }))
      .first()
      .waitFor({ timeout: 30_000 })
    await expect(main.getByText('Directory Members', { exact: true }).first().isVisible()).resolves.toBe(true)
  })

  it('refuses a wrong password with a message and stays on the login page', async () => {
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('Email').fill('admin@haven.test')
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(
      page
        .getByText(/email or password provided is incorrect/i)
        .first()
        .waitFor({ timeout: 15_000 }),
    ).resolves.toBeUndefined()
    expect(page.url()).toContain('/admin/login')
  })
})
