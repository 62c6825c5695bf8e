import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const { cmsUrl } = stackInfo()
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext()
  page = await context.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill('editor@haven.test')
  await page.getByLabel('Password').fill('haven-demo-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${cmsUrl}/admin`, { timeout: 30_000 })
})
afterAll(async () => {
  await browser?.close()
})

describe('the admin, as an editor', () => {
  it('lists the seeded articles with the flagship among them', async () => {
    await page.goto(`${cmsUrl}/admin/collections/articles?limit=50`)
    await page
      .getByRole('link', { name: /Emotional Intimacy: What It Is/ })
      .first()
      .waitFor({ timeout: 30_000 })
    expect(await page.getByRole('link', { name: /Grounding Techniques/ }).count()).toBeGreaterThan(0)
  })

  it('opens the flagship with its authors, reviewer, topics and body', async () => {
    await page
      .getByRole('link', { name: /Emotional Intimacy: What It Is/ })
      .first()
      .click()
    await page.getByText('Maren Okafor').first().waitFor({ timeout: 30_000 })
    await page.getByText('Tomás Lindqvist').first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByText('Intimacy', { exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 })
    // The rich-text editor mounts after the relationship fields, so wait for it rather than
    // asking once whether it is already there.
    await page
      .getByText(/sense that someone truly knows you/)
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 })
  })

  it('shows the crisis lines of every region in the one crisis-resources global', async () => {
    await page.goto(`${cmsUrl}/admin/globals/crisis-resources`)
    await page
      .getByText('If you are in crisis')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined)
    const numbers = await page
      .locator('input[name$=".number"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    expect(numbers).toEqual(expect.arrayContaining(['988', '911', '116 123']))
    expect(numbers).not.toContain('811')
  })

  it('shows the navigation tree with its six top-level items', async () => {
    await page.goto(`${cmsUrl}/admin/globals/navigation`)
    const labels = page.locator('input[name^="items."][name$=".label"]:not([name*="children"])')
    await labels.first().waitFor({ timeout: 30_000 })
    const top = await labels.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    expect(top).toEqual([
      'Mental Health',
      'Therapy Techniques',
      'Types of Therapists',
      'Starting Therapy FAQ',
      'About Us',
      'Therapist Directory',
    ])
  })
})
