/** The admin in Chromium, as staff reach it: signing in, and opening a document someone else may hold. */
import type { Page } from 'playwright-core'

import { stackInfo } from './stack-file'

/** Signs `page` in to the admin as `email` (the seed's demo password) and waits for the dashboard. */
export async function signInToAdmin(page: Page, email: string): Promise<void> {
  const { cmsUrl } = stackInfo()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('haven-demo-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${cmsUrl}/admin`, { timeout: 30_000 })
}

/**
 * Opens the article's edit view. The previous person's edit lock may outlive their page; the article
 * is taken over as the admin offers, the way the workflow hands it from one person to the next.
 */
export async function openArticleInAdmin(page: Page, articleId: number): Promise<void> {
  await page.goto(`${stackInfo().cmsUrl}/admin/collections/articles/${articleId}`)
  await page.locator('#field-summary').waitFor({ timeout: 30_000 })
  const locked = page.locator('#document-locked')
  if (
    await locked.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    )
  ) {
    await locked.getByRole('button', { name: /Take over/i }).click()
    await locked.waitFor({ state: 'hidden', timeout: 10_000 })
  }
}
