/**
 * The editorial workflow in the admin, as people use it: a writer revises a published article and
 * submits it, the clinical reviewer requests changes, the writer revises again (and previews the draft
 * on the reader site), the reviewer approves and an editor publishes. Readers then see the new text and
 * the history; until then they see the published version only. Then a scheduled publish goes live
 * through the job runner of the running CMS.
 */
import { previewSignature } from '@haven/node'
import { jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { openArticleInAdmin, signInToAdmin } from './support/admin'
import { axeViolations, launchChromium } from './support/browser'
import { queueScheduledPublish, signIn } from './support/cms'
import { stackInfo } from './support/stack-file'

const { cmsUrl, webUrl, dir, revalidateSecret } = stackInfo()
const slug = 'what-is-cbt'
const articlePath = `/articles/${slug}`
const firstRevision = `Workflow e2e: a first revision of the summary ${Date.now()}.`
const secondRevision = `Workflow e2e: the revised summary, with the caution the reviewer asked for ${Date.now()}.`

let browser: Browser
const contexts: BrowserContext[] = []
let articleId: number
let originalSummary: string

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  contexts.push(context)
  const page = await context.newPage()
  await signInToAdmin(page, email)
  return page
}

const openArticle = (page: Page) => openArticleInAdmin(page, articleId)

async function chooseWorkflow(page: Page, label: string): Promise<void> {
  await page.locator('#field-workflowState .rs__control').click()
  await page.locator('.rs__option', { hasText: new RegExp(`^${label}$`) }).click()
}

/** Clicks `button` and waits for Payload's success toast; an error toast fails at once with its text. */
async function saveWith(page: Page, button: string, success: RegExp): Promise<void> {
  await page
    .getByRole('button', { name: button, exact: true })
    .click({ timeout: 20_000 })
    .catch(async (error: unknown) => {
      await page.screenshot({ path: `${dir}/workflow-${button.replace(/\W+/g, '-')}.png` })
      throw error
    })
  const ok = page.getByText(success).first()
  const failed = page.locator('.toast-error, [data-type="error"]').first()
  await Promise.race([ok.waitFor({ timeout: 30_000 }), failed.waitFor({ timeout: 30_000 })])
  if (await failed.isVisible()) throw new Error(`${button}: ${await failed.textContent()}`)
}

const saveDraft = (page: Page) => saveWith(page, 'Save Draft', /Draft saved successfully/i)

/**
 * Leaves the edit view and releases this person's edit lock, as the admin does when its edit view
 * unmounts (a `goto` away doesn't give it the chance, and the next person would meet the lock).
 */
async function leave(page: Page): Promise<void> {
  await page.goto(`${cmsUrl}/admin`)
  // Cookie-authenticated API calls must come from an allowed origin (Payload's CSRF check).
  const headers = { origin: cmsUrl }
  const locks = await page.request.get(`${cmsUrl}/api/payload-locked-documents?depth=0&limit=100`, {
    headers,
  })
  const { docs = [] } = (await locks.json()) as { docs?: { id: number; document?: { value?: unknown } }[] }
  for (const lock of docs.filter((doc) => Number(doc.document?.value) === articleId))
    await page.request.delete(`${cmsUrl}/api/payload-locked-documents/${lock.id}`, { headers })
}

async function readerPage(): Promise<string> {
  return (await fetch(`${webUrl}${articlePath}`)).text()
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

jest.setTimeout(150_000)

beforeAll(async () => {
  browser = await launchChromium()
  const response = await fetch(`${cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=0`)
  const doc = ((await response.json()) as { docs: { id: number; summary: string }[] }).docs[0]!
  articleId = doc.id
  originalSummary = doc.summary
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('the editorial workflow in the admin', () => {
  let writer: Page
  let reviewer: Page

  it('lets the writer revise their published article and submit it for review, leaving readers the published text', async () => {
    writer = await signedIn('writer@haven.test')
    await openArticle(writer)
    await writer.locator('#field-summary').fill(firstRevision)
    await chooseWorkflow(writer, 'In review')
    await saveDraft(writer)
    await leave(writer)
    const html = await readerPage()
    expect(html).toContain(originalSummary.slice(0, 60))
    expect(html).not.toContain(firstRevision)
  })

  it('lets the clinical reviewer send it back with a note', async () => {
    reviewer = await signedIn('reviewer@haven.test')
    await openArticle(reviewer)
    await chooseWorkflow(reviewer, 'Changes requested')
    await reviewer.locator('#field-reviewNote').fill('Please add that CBT is one option among several.')
    await saveDraft(reviewer)
    await leave(reviewer)
  })

  it('lets the writer revise, resubmit and preview the draft on the reader site, which readers never see', async () => {
    await openArticle(writer)
    await expect(writer.locator('#field-reviewNote').inputValue()).resolves.toMatch(
      /one option among several/,
    )
    await writer.locator('#field-summary').fill(secondRevision)
    await chooseWorkflow(writer, 'In review')
    await saveDraft(writer)
    await leave(writer)

    const signature = previewSignature(revalidateSecret, articlePath)
    const previewUrl = `${webUrl}/api/preview?path=${encodeURIComponent(articlePath)}&signature=${signature}`
    await writer.goto(previewUrl)
    await writer.getByText(secondRevision).first().waitFor({ timeout: 30_000 })
    await expect(writer.getByRole('status').first().textContent()).resolves.toMatch(
      /Preview of the latest draft/,
    )
    expect(await axeViolations(writer)).toEqual([])

    // Without a CMS session the same signed link shows nothing, and readers still get the published text.
    const anonymous = await fetch(previewUrl, { redirect: 'manual' })
    expect(anonymous.status).toBe(403)
    expect(await readerPage()).not.toContain(secondRevision)
    const forged = await fetch(previewUrl.replace(/signature=[^&]+/, 'signature=forged'), {
      redirect: 'manual',
    })
    expect(forged.status).toBe(401)
  })

  it('lets the reviewer approve and an editor publish, after which readers see the new text and its history', async () => {
    await openArticle(reviewer)
    await chooseWorkflow(reviewer, 'Approved')
    await saveDraft(reviewer)
    await leave(reviewer)

    const editor = await signedIn('editor@haven.test')
    await openArticle(editor)
    await saveWith(editor, 'Publish changes', /Updated successfully/i)
    await leave(editor)

    await until(async () => (await readerPage()).includes(secondRevision))
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${webUrl}${articlePath}`)
    const history = page.getByRole('region', { name: 'Article history' })
    await history.waitFor()
    const latest = history.getByRole('listitem').first()
    await expect(latest.textContent()).resolves.toMatch(
      /Updated by Eli Editor\. Clinically reviewed by Tomás Lindqvist, MD on /,
    )
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('scheduled publishing in the running CMS', () => {
  it('publishes an approved version at the scheduled time and the reader page shows it', async () => {
    const call = async (token: string, path: string, method: string, body: unknown) => {
      const response = await fetch(`${cmsUrl}/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
      return response.json() as Promise<Record<string, unknown>>
    }
    const [writer, reviewer, editor] = await Promise.all(
      ['writer', 'reviewer', 'editor'].map((role) => signIn(`${role}@haven.test`)),
    )
    const scheduled = `Workflow e2e: published on schedule ${Date.now()}.`
    const other = 'signs-of-depression'
    const found = await fetch(`${cmsUrl}/api/articles?where[slug][equals]=${other}&depth=0`)
    const otherId = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    const otherPage = async () => (await fetch(`${webUrl}/articles/${other}`)).text()
    await call(writer!.token, `/articles/${otherId}?draft=true`, 'PATCH', {
      summary: scheduled,
      workflowState: 'in_review',
    })
    await call(reviewer!.token, `/articles/${otherId}?draft=true`, 'PATCH', { workflowState: 'approved' })
    // Queued as the admin's "Schedule publish" does; the running CMS's job runner must publish it.
    const publishAt = (await queueScheduledPublish(otherId, editor!.user.id, 8000)).getTime()
    // Readers see the published version until the scheduled time, and the new text from then on.
    // A response that has arrived holds the text only if the publish happened before it arrived.
    let firstSeen = 0
    await until(async () => {
      const shown = (await otherPage()).includes(scheduled)
      firstSeen = Date.now()
      return shown
    }, 45_000)
    expect(firstSeen).toBeGreaterThanOrEqual(publishAt)
  })
})
