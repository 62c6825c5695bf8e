/**
 * The editorial workflow in the admin, as people use it, one whole round: a writer revises a published
 * article and presses "Submit for review"; the clinical reviewer finds it in their queue, reads what
 * changed on the review screen, is told that a request for changes needs a note, and requests changes;
 * the writer revises again (and previews the draft on the reader site); the reviewer approves on the
 * review screen, and an editor publishes it from "Approved, waiting to publish". Each step's email is
 * read from the outbox and each step is screenshotted (`round-*.png` in the run's artifacts). Readers
 * see the new text and the history; until then the published version only. Then a scheduled publish
 * goes live through the job runner of the running CMS.
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
let articleTitle: string

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  contexts.push(context)
  const page = await context.newPage()
  await signInToAdmin(page, email)
  return page
}

const openArticle = (page: Page) => openArticleInAdmin(page, articleId)

/** Waits for the admin's toast of one kind and returns its text. */
async function toast(page: Page, kind: 'success' | 'error'): Promise<string> {
  const found = page.locator(`.toast-${kind}, [data-type="${kind}"]`).first()
  await found.waitFor({ timeout: 30_000 })
  return (await found.textContent()) ?? ''
}

/** One screenshot per step of the round, in the run's artifacts. */
const shot = (page: Page, step: string) =>
  page.screenshot({ path: `${dir}/round-${step}.png`, fullPage: true })

/** The writer's "Submit for review" on the edit view: saves the form as it is and submits it. */
async function submitForReview(page: Page): Promise<void> {
  await page.locator('#action-submit-for-review').click({ timeout: 20_000 })
  const message = await Promise.race([toast(page, 'success'), toast(page, 'error')])
  if (!/Submitted for review/.test(message)) throw new Error(`Submit for review: ${message}`)
}

async function openReview(page: Page): Promise<void> {
  await page.goto(`${cmsUrl}/admin/collections/articles/${articleId}/review`)
  await page.getByRole('heading', { name: 'As readers will see it' }).waitFor({ timeout: 30_000 })
}

/** An admin's read of the outbox: the messages to `email` whose subject names the article. */
async function mailTo(email: string): Promise<{ subject: string; text: string }[]> {
  const admin = await signIn('admin@haven.test')
  const query = `where[to][equals]=${encodeURIComponent(email)}&where[subject][contains]=${encodeURIComponent(articleTitle)}&sort=-createdAt&depth=0`
  const response = await fetch(`${cmsUrl}/api/outbox?${query}`, {
    headers: { Authorization: `JWT ${admin.token}` },
  })
  return ((await response.json()) as { docs: { subject: string; text: string }[] }).docs
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
  const doc = ((await response.json()) as { docs: { id: number; summary: string; title: string }[] }).docs[0]!
  articleId = doc.id
  originalSummary = doc.summary
  articleTitle = doc.title
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('the editorial workflow in the admin, as a whole round', () => {
  let writer: Page
  let reviewer: Page

  it('lets the writer revise their published article and press "Submit for review", leaving readers the published text', async () => {
    writer = await signedIn('writer@haven.test')
    await openArticle(writer)
    // The Workflow list is the buttons' to change, not a picker.
    await expect(writer.locator('#field-workflowState').getAttribute('class')).resolves.toMatch(
      /\bread-only\b/,
    )
    await writer.locator('#field-summary').fill(firstRevision)
    await submitForReview(writer)
    await expect(writer.locator('#workflow-state').textContent()).resolves.toBe('In review')
    await shot(writer, '1-writer-submitted')
    await leave(writer)
    await writer.getByRole('region', { name: 'Clinical reviews' }).waitFor()
    const drafts = writer.locator('.haven-card', { has: writer.getByRole('heading', { name: /^My drafts/ }) })
    await expect(drafts.locator('li', { hasText: articleTitle }).textContent()).resolves.toContain(
      'In review',
    )
    await shot(writer, '2-writer-dashboard')
    const html = await readerPage()
    expect(html).toContain(originalSummary.slice(0, 60))
    expect(html).not.toContain(firstRevision)
    const [request] = await mailTo('reviewer@haven.test')
    expect(request?.subject).toBe(`Review requested: ${articleTitle}`)
  })

  it('gives the clinical reviewer a queue and a review screen that shows what changed; a request without a note is refused naming the field', async () => {
    reviewer = await signedIn('reviewer@haven.test')
    const queue = reviewer.locator('.haven-card', {
      has: reviewer.getByRole('heading', { name: /^My review queue/ }),
    })
    await shot(reviewer, '3-reviewer-dashboard')
    await queue.getByRole('link', { name: articleTitle }).click()
    await reviewer.getByRole('heading', { name: 'As readers will see it' }).waitFor({ timeout: 30_000 })
    const changes = reviewer.locator('.haven-diff')
    await expect(changes.getByRole('heading', { level: 2 }).first().textContent()).resolves.toMatch(
      /^What changed since the version approved on /,
    )
    const summary = changes.locator('.haven-row', { hasText: 'Summary' })
    await expect(summary.locator('ins').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('Workflow e2e')]),
    )
    // Nothing but the summary changed: no body row is listed.
    await expect(changes.getByRole('heading', { name: 'Body' }).count()).resolves.toBe(0)
    await shot(reviewer, '4-review-screen')

    await reviewer.getByRole('button', { name: 'Request changes', exact: true }).click()
    const refusal = reviewer.locator('.haven-alert[role="alert"]')
    await refusal.waitFor({ timeout: 30_000 })
    await expect(refusal.textContent()).resolves.toBe(
      'Not saved: Review note: say what needs to change when requesting changes',
    )
    await shot(reviewer, '5-request-without-note-refused')
    await reviewer.getByLabel('Note to the writer').fill('Please add that CBT is one option among several.')
    await reviewer.getByRole('button', { name: 'Request changes', exact: true }).click()
    await expect(toast(reviewer, 'success')).resolves.toMatch(/Changes requested/)
    await reviewer.locator('.haven-pill--changes_requested').waitFor({ timeout: 30_000 })
    await shot(reviewer, '6-changes-requested')
    const [changesMail] = await mailTo('writer@haven.test')
    expect(changesMail?.subject).toBe(`Changes requested: ${articleTitle}`)
    expect(changesMail?.text).toContain('one option among several')
  })

  it('lets the writer revise, resubmit and preview the draft on the reader site, which readers never see', async () => {
    await openArticle(writer)
    await expect(writer.locator('#field-reviewNote').inputValue()).resolves.toMatch(
      /one option among several/,
    )
    await writer.locator('#field-summary').fill(secondRevision)
    await submitForReview(writer)
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

  it('lets the reviewer approve on the review screen and an editor publish what is waiting, after which readers see the new text and its history', async () => {
    await openReview(reviewer)
    await expect(reviewer.locator('.haven-reader').textContent()).resolves.toContain(secondRevision)
    await reviewer.getByRole('button', { name: 'Approve', exact: true }).click()
    await expect(toast(reviewer, 'success')).resolves.toMatch(/Approved/)
    await reviewer.locator('.haven-pill--approved').waitFor({ timeout: 30_000 })
    await shot(reviewer, '7-approved')
    expect((await mailTo('editor@haven.test'))[0]?.subject).toBe(
      `Approved, waiting to publish: ${articleTitle}`,
    )

    const editor = await signedIn('editor@haven.test')
    const waiting = editor.locator('.haven-card', {
      has: editor.getByRole('heading', { name: /^Approved, waiting to publish/ }),
    })
    await shot(editor, '8-editor-dashboard')
    await waiting.getByRole('link', { name: articleTitle }).click()
    await editor.locator('#field-summary').waitFor({ timeout: 30_000 })
    await openArticle(editor)
    await expect(editor.locator('#workflow-state').textContent()).resolves.toBe('Approved')
    await saveWith(editor, 'Publish changes', /Updated successfully/i)
    await shot(editor, '9-published')
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
    await shot(page, '10-reader-page')
    await page.context().close()
    // Two sign-ins, a publish, the reader page's refresh and an accessibility scan: on a loaded
    // machine this step alone took over 150 s.
  }, 300_000)
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
