/**
 * Issue 13 in the admin, as its users meet it: a writer who edits another writer's article is told
 * why not in the toast, and so is a reviewer who requests changes without a note on the review
 * screen; an editor's "Revert to published" drops a pending revision and leaves the article
 * published with its history unchanged; the reader page shows "Next review due" beside "Last clinically
 * reviewed". Screenshots of each step go to the run's artifacts.
 */
import { jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { openArticleInAdmin, signInToAdmin } from './support/admin'
import { launchChromium } from './support/browser'
import { signIn } from './support/cms'
import { stackInfo } from './support/stack-file'

const { cmsUrl, webUrl, dir } = stackInfo()
// An article no other browser test edits.
const slug = 'repairing-after-an-argument'
const pending = `Review admin e2e: a pending revision nobody approved ${Date.now()}.`

let browser: Browser
const contexts: BrowserContext[] = []
let articleId: number
let publishedSummary: string

jest.setTimeout(150_000)

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  contexts.push(context)
  const page = await context.newPage()
  await signInToAdmin(page, email)
  await openArticleInAdmin(page, articleId)
  return page
}

/** Waits for the admin's toast of one kind and returns its text. */
async function toast(page: Page, kind: 'success' | 'error'): Promise<string> {
  const found = page.locator(`.toast-${kind}, [data-type="${kind}"]`).first()
  await found.waitFor({ timeout: 30_000 })
  return (await found.textContent()) ?? ''
}

async function readerHtml(): Promise<string> {
  return (await fetch(`${webUrl}/articles/${slug}`)).text()
}

beforeAll(async () => {
  browser = await launchChromium()
  const response = await fetch(`${cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=0`)
  const doc = ((await response.json()) as { docs: { id: number; summary: string }[] }).docs[0]!
  articleId = doc.id
  publishedSummary = doc.summary
  // An editor's revision waiting for review: the draft the revert drops.
  const editor = await signIn('editor@haven.test')
  const saved = await fetch(`${cmsUrl}/api/articles/${articleId}?draft=true&depth=0`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editor.token}` },
    body: JSON.stringify({ summary: pending, workflowState: 'in_review', _status: 'draft' }),
  })
  if (!saved.ok) throw new Error(`revision: ${saved.status} ${await saved.text()}`)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('the clinical review in the admin', () => {
  it('tells a writer who edits someone else’s article in review the reason, naming the field', async () => {
    const writer = await signedIn('writer@haven.test')
    // The Workflow list is read-only: states change through the workflow's buttons.
    await expect(writer.locator('#field-workflowState').getAttribute('class')).resolves.toMatch(
      /\bread-only\b/,
    )
    await writer.locator('#field-summary').fill(`${pending} The writer's change.`)
    await writer.getByRole('button', { name: 'Save Draft', exact: true }).click()
    const message = await toast(writer, 'error')
    await writer.screenshot({ path: `${dir}/review-admin-writer-refused.png` })
    expect(message).toContain('Authors: a writer may only write and edit articles they are an author of')
    expect(message).not.toContain('The following field is invalid')
  })

  it('tells a clinical reviewer who requests changes without a note the reason, naming the Review note field', async () => {
    const reviewer = await signedIn('reviewer@haven.test')
    await reviewer.goto(`${cmsUrl}/admin/collections/articles/${articleId}/review`)
    await reviewer.getByRole('button', { name: 'Request changes', exact: true }).click()
    const alert = reviewer.locator('.haven-alert[role="alert"]')
    await alert.waitFor({ timeout: 30_000 })
    await reviewer.screenshot({ path: `${dir}/review-admin-note-required.png` })
    await expect(alert.textContent()).resolves.toBe(
      'Not saved: Review note: say what needs to change when requesting changes',
    )
  })

  it('lets an editor revert to the published version, leaving readers’ history as it was', async () => {
    const before = await readerHtml()
    const historyBefore = before.match(/<section[^>]*article-history[\s\S]*?<\/section>/)?.[0]
    const editor = await signedIn('editor@haven.test')
    await expect(editor.locator('#field-summary').inputValue()).resolves.toBe(pending)
    await editor.locator('#action-revert-to-published').click()
    await editor.getByRole('button', { name: /confirm/i }).click()
    const message = await toast(editor, 'success')
    await editor.screenshot({ path: `${dir}/review-admin-reverted.png` })
    expect(message).not.toMatch(/invalid/i)
    await expect(editor.locator('#field-summary').inputValue()).resolves.toBe(publishedSummary)
    const latest = (await (
      await fetch(`${cmsUrl}/api/articles/${articleId}?draft=true&depth=0`, {
        headers: { Authorization: `JWT ${(await signIn('editor@haven.test')).token}` },
      })
    ).json()) as { summary: string; workflowState: string; _status: string }
    expect(latest).toMatchObject({
      summary: publishedSummary,
      workflowState: 'published',
      _status: 'published',
    })
    const after = await readerHtml()
    expect(after).not.toContain(pending)
    expect(after.match(/<section[^>]*article-history[\s\S]*?<\/section>/)?.[0]).toBe(historyBefore)
  })

  it('shows readers "Next review due" beside "Last clinically reviewed"', async () => {
    const context = await browser.newContext()
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${webUrl}/articles/${slug}`)
    const terms = await page.getByRole('term').allTextContents()
    const reviewed = terms.indexOf('Last clinically reviewed')
    expect(reviewed).toBeGreaterThanOrEqual(0)
    expect(terms[reviewed + 1]).toBe('Next review due')
    await page.screenshot({ path: `${dir}/review-admin-reader-dates.png` })
  })
})
