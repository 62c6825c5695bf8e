/**
 * The article editor as staff meet it (issue 13): Live Preview shows the reader's draft page beside
 * the editor and follows each save; body blocks are labelled by what they say, not "Untitled";
 * scheduling offers every minute; and the admin opened at another address than CMS_URL says plainly
 * where it works instead of failing to save.
 */
import { jest } from '@jest/globals'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'

import { openArticleInAdmin, signInToAdmin } from './support/admin'
import { launchChromium } from './support/browser'
import { personOf, signIn, type SignedIn } from './support/cms'
import { stackInfo } from './support/stack-file'

const { cmsUrl } = stackInfo()
const stamp = Date.now()
const title = `Admin editor e2e: a draft beside its preview ${stamp}`

let browser: Browser
const contexts: BrowserContext[] = []
let draft: { id: number; slug: string }
let headings: string[]

jest.setTimeout(180_000)

async function cms(token: string, path: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${cmsUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

/** The section headings' texts in a Lexical body, in order. */
function headingsOf(body: unknown): string[] {
  const found: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { fields, children } = node as {
      fields?: { blockType?: string; heading?: string }
      children?: unknown[]
    }
    if (fields?.blockType === 'sectionHeading' && fields.heading) found.push(fields.heading)
    children?.forEach(walk)
  }
  walk((body as { root?: unknown }).root)
  return found
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  contexts.push(context)
  return context.newPage()
}

beforeAll(async () => {
  browser = await launchChromium()
  const [admin, writer] = (await Promise.all([signIn('admin@haven.test'), signIn('writer@haven.test')])) as [
    SignedIn,
    SignedIn,
  ]
  const source = (await cms(admin.token, '/articles?where[slug][equals]=what-is-cbt&depth=0')) as {
    docs: Record<string, unknown>[]
  }
  const { heroImage, topics, body } = source.docs[0]!
  headings = headingsOf(body)
  const created = (await cms(writer.token, '/articles?draft=true&depth=0', 'POST', {
    title,
    summary: 'A throw-away draft for the admin editor test.',
    heroImage,
    topics,
    body,
    authors: [personOf(writer)],
    _status: 'draft',
  })) as { doc: { id: number; slug: string } }
  draft = created.doc
})

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()))
  await browser?.close()
  const admin = await signIn('admin@haven.test')
  if (draft) await cms(admin.token, `/articles/${draft.id}`, 'DELETE').catch(() => undefined)
})

/** The Live Preview frame once it shows the reader page (after the preview route's redirect). */
async function previewFrame(page: Page): Promise<Frame> {
  const element = page.locator('#live-preview-iframe')
  await element.waitFor({ timeout: 30_000 })
  const found = await (await element.elementHandle())?.contentFrame()
  if (!found) throw new Error('no Live Preview frame')
  await found.waitForURL(new RegExp(`/articles/${draft.slug}$`), { timeout: 30_000 })
  return found
}

it('shows the draft beside the editor and labels blocks by what they say', async () => {
  const page = await newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (frame|display)/i.test(message.text()))
      violations.push(message.text())
  })
  await signInToAdmin(page, 'editor@haven.test')
  await openArticleInAdmin(page, draft.id)

  // Blocks carry their content: the first section heading block is labelled by its heading.
  expect(headings.length).toBeGreaterThan(0)
  const labels = page.locator('.haven-block-label__text')
  await labels.first().waitFor({ timeout: 30_000 })
  expect(await labels.allTextContents()).toEqual(expect.arrayContaining([headings[0]]))
  expect(await page.locator('.haven-block-label').filter({ hasText: 'Untitled' }).count()).toBe(0)

  await page.locator('#live-preview-toggler').click()
  const frame = await previewFrame(page)
  await frame.locator('h1', { hasText: title }).waitFor({ timeout: 30_000 })
  // It listens to the admin (RefreshRouteOnSave) instead of polling.
  expect(await frame.locator('.preview-banner').getAttribute('data-live-preview')).toBe('on')
  // Its toolbar (where the Phone and Desktop widths are chosen) is shown.
  const toolbar = page.locator('.live-preview-toolbar')
  await toolbar.waitFor()
  await page.screenshot({ path: `${stackInfo().dir}/admin-live-preview.png` }).catch(() => undefined)

  expect(violations).toEqual([])
})

it('offers every minute when scheduling a publication', async () => {
  const page = await newPage()
  // An admin: editors see Publish and Schedule only on approved versions (WorkflowButtons' PublishGate),
  // and this draft was never reviewed.
  await signInToAdmin(page, 'admin@haven.test')
  await openArticleInAdmin(page, draft.id)
  // "Schedule publish" sits in the menu beside the publish button.
  await page.locator('#action-save-popup .popup-button').click()
  await page.locator('#schedule-publish').click()
  await page.locator('.schedule-publish .react-datepicker__input-container input').first().click()
  const times = page.locator('.react-datepicker__time-list-item')
  await times.nth(1).waitFor({ timeout: 15_000 })
  const minutes = (await times.evaluateAll((items) => items.slice(0, 3).map((i) => i.textContent ?? ''))).map(
    (text) => {
      expect(text).toMatch(/^\d{2}:\d{2}$/) // a 24-hour clock
      const [h, m] = text.split(':').map(Number)
      return h! * 60 + m!
    },
  )
  expect(minutes[1]! - minutes[0]!).toBe(1)
  expect(minutes[2]! - minutes[1]!).toBe(1)
})

it('opened at another address than CMS_URL, says where the admin works', async () => {
  const other = cmsUrl.replace('localhost', '127.0.0.1')
  expect(other).not.toBe(cmsUrl)
  const page = await newPage()
  await page.goto(`${other}/admin/login`)
  const alert = page.getByTestId('admin-wrong-host')
  await alert.waitFor({ timeout: 30_000 })
  expect(await alert.textContent()).toContain(`This admin works only at ${cmsUrl}`)
  expect(await alert.getByRole('link').getAttribute('href')).toBe(`${cmsUrl}/admin/login`)

  // At its own address it says nothing.
  const right = await newPage()
  await right.goto(`${cmsUrl}/admin/login`)
  await right.getByLabel('Email').waitFor()
  expect(await right.getByTestId('admin-wrong-host').count()).toBe(0)
})
