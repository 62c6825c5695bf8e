/** Site search over published titles, summaries and bodies: ranking, snippets, counts and empty states. */
import type { Page } from 'playwright-core'

import { axeViolations, freshPagePerTest } from './support/browser'
import { stackInfo } from './support/stack-file'

const { webUrl } = stackInfo()
const currentPage = freshPagePerTest()
let page: Page
beforeEach(() => {
  page = currentPage()
})

const search = (q: string) => page.goto(`${webUrl}/search?q=${encodeURIComponent(q)}`)
const results = () => page.getByRole('region', { name: /results? for|No results/ })

describe('site search', () => {
  it('is reached from the header and searches from its form', async () => {
    await page.goto(webUrl)
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click()
    await page.waitForURL(`${webUrl}/search`)
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('insomnia')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/search\?q=insomnia$/)
    await expect(results().getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^\d+ results? for “insomnia”$/,
    )
  })

  it('ranks title matches first and gives the count', async () => {
    expect((await search('insomnia'))?.status()).toBe(200)
    const links = results().getByRole('listitem').getByRole('link')
    await expect(links.first().textContent()).resolves.toBe(
      'CBT for Insomnia: How It Works and Why It Is Recommended',
    )
    const heading = await results().getByRole('heading', { level: 2 }).textContent()
    expect(Number(heading?.match(/^(\d+)/)?.[1])).toBe(await links.count())
  })

  it('finds a word that only an article’s body contains, showing where it occurs', async () => {
    await search('naloxone')
    await expect(results().getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      '1 result for “naloxone”',
    )
    const item = results().getByRole('listitem')
    await expect(item.getByRole('link').textContent()).resolves.toBe(
      'How to Help a Friend Who Is Struggling With Addiction',
    )
    await expect(item.locator('mark').first().textContent()).resolves.toMatch(/^naloxone$/i)
  })

  it('needs every word to match, and says so with next steps when nothing does', async () => {
    await search('insomnia naloxone')
    await expect(results().getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'No results for “insomnia naloxone”',
    )
    await expect(
      results().getByRole('link', { name: 'crisis resources' }).getAttribute('href'),
    ).resolves.toBe('/crisis-resources')
    expect(await axeViolations(page)).toEqual([])
  })

  it('asks for words when there are none, and refuses an over-long search with a clear message', async () => {
    await page.goto(`${webUrl}/search`)
    await expect(page.getByText(/Type a word or two/).count()).resolves.toBe(1)
    await search('a'.repeat(101))
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'q: a search can be at most 100 characters long',
    )
  })

  it('has no axe violations on a results page', async () => {
    await search('anxiety')
    expect(await axeViolations(page)).toEqual([])
  })

  it('never lists drafts: only what readers can already read is indexed', async () => {
    const response = await page.request.get(
      `${stackInfo().cmsUrl}/api/search?limit=0&depth=0&select[slug]=true`,
    )
    const index = (await response.json()) as { totalDocs: number }
    const published = (await (
      await page.request.get(`${stackInfo().cmsUrl}/api/articles?limit=0&depth=0&select[slug]=true`)
    ).json()) as { totalDocs: number }
    expect(index.totalDocs).toBe(published.totalDocs)
  })
})
