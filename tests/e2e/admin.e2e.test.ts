import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium } from './support/browser'
import { personOf, queueScheduledPublish, signIn } from './support/cms'
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

describe('the admin dashboard', () => {
  const title = `Dashboard test: waiting for review ${Date.now()}`
  let adminToken: string
  let articleId: number

  async function dashboardAs(email: string): Promise<Page> {
    const context = await browser.newContext()
    const signedIn = await context.newPage()
    await signedIn.goto(`${cmsUrl}/admin/login`)
    await signedIn.getByLabel('Email').fill(email)
    await signedIn.getByLabel('Password').fill('haven-demo-password')
    await signedIn.getByRole('button', { name: 'Login' }).click()
    await signedIn.waitForURL(`${cmsUrl}/admin`, { timeout: 30_000 })
    await signedIn.getByRole('heading', { name: 'Clinical reviews' }).waitFor({ timeout: 30_000 })
    return signedIn
  }

  beforeAll(async () => {
    const admin = await signIn('admin@haven.test')
    adminToken = admin.token
    const writer = await signIn('writer@haven.test')
    const api = async (token: string, route: string, method: string, body?: unknown) => {
      const response = await fetch(`${cmsUrl}/api${route}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
      return (await response.json()) as Record<string, unknown>
    }
    const source = (
      (await api(adminToken, '/articles?where[slug][equals]=what-is-cbt&depth=0', 'GET')) as {
        docs: Record<string, unknown>[]
      }
    ).docs[0]!
    // A writer's article submitted for review, assigned to the seeded clinical reviewer (the person of
    // reviewer@haven.test), whose queue the test reads; what-is-cbt itself was reviewed by another.
    const tomas = (
      (await api(adminToken, '/people?where[slug][equals]=tomas-lindqvist&depth=0', 'GET')) as {
        docs: { id: number }[]
      }
    ).docs[0]!
    const created = (await api(writer.token, '/articles?draft=true&depth=0', 'POST', {
      title,
      summary: 'A throw-away article for the dashboard test.',
      heroImage: source.heroImage,
      topics: source.topics,
      body: source.body,
      authors: [personOf(writer)],
      reviewers: [tomas.id],
      workflowState: 'in_review',
    })) as { doc: { id: number } }
    articleId = created.doc.id
    // Scheduled for tomorrow, exactly as the admin's "Schedule publish" drawer queues it.
    await queueScheduledPublish(articleId, admin.user.id, 86_400_000)
  }, 90_000)

  afterAll(async () => {
    if (articleId)
      await fetch(`${cmsUrl}/api/articles/${articleId}`, {
        method: 'DELETE',
        headers: { Authorization: `JWT ${adminToken}` },
      })
  })

  it('shows an editor the overdue reviews, what is scheduled, each reviewer’s queue and the readers’ numbers', async () => {
    const dashboard = await dashboardAs('editor@haven.test')
    const reviews = dashboard.getByRole('region', { name: 'Clinical reviews' })
    // The seed's articles were last reviewed in 2023 with a 12-month interval: every one is overdue.
    const overdue = reviews.getByRole('heading', { name: /^Overdue reviews (\d+)$/ })
    expect(Number(/(\d+)$/.exec((await overdue.textContent())!)![1])).toBeGreaterThan(0)
    await expect(
      reviews
        .getByRole('link', { name: /Emotional Intimacy: What It Is/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true)
    const scheduled = reviews
      .locator('div', { has: dashboard.getByRole('heading', { name: /^Scheduled to publish/ }) })
      .last()
    await expect(scheduled.getByRole('link', { name: title }).isVisible()).resolves.toBe(true)
    const queue = reviews
      .locator('div', { has: dashboard.getByRole('heading', { name: /^Tomás Lindqvist \(\d+\)$/ }) })
      .last()
    await expect(queue.getByRole('link', { name: title }).getAttribute('href')).resolves.toBe(
      `/admin/collections/articles/${articleId}`,
    )
    const readers = dashboard.getByRole('region', { name: 'Newsletter and messages' })
    await expect(readers.getByText('Confirmed subscribers').isVisible()).resolves.toBe(true)
    expect(await readers.locator('dd').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d[\d,]*$/)]),
    )
    await dashboard.context().close()
  })

  it('shows the reviewer their queue, and a writer no readers’ numbers', async () => {
    const reviewerView = await dashboardAs('reviewer@haven.test')
    const reviews = reviewerView.getByRole('region', { name: 'Clinical reviews' })
    await expect(reviews.getByRole('link', { name: title }).first().isVisible()).resolves.toBe(true)
    await reviewerView.context().close()
    const writerView = await dashboardAs('writer@haven.test')
    await expect(writerView.getByRole('region', { name: 'Newsletter and messages' }).count()).resolves.toBe(0)
    await writerView.context().close()
  })
})
