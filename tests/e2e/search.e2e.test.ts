/** Site search over published titles, summaries and bodies: ranking, snippets, counts and empty states. */
import type { Page } from 'playwright-core'

import { axeViolations, freshPagePerTest } from './support/browser'
import { personOf, signIn } from './support/cms'
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl } = stackInfo()
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

  it('forgives a misspelling: "anxeity" shows the results for "anxiety", ranked and highlighted, and says so', async () => {
    await search('anxeity')
    await expect(
      page
        .getByRole('main')
        .getByText(/^No results for “anxeity”/)
        .textContent(),
    ).resolves.toBe('No results for “anxeity”. Showing results for anxiety instead.')
    await expect(results().getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^\d+ results? for “anxiety”$/,
    )
    await expect(results().locator('mark').first().textContent()).resolves.toMatch(/^anxiety$/i)
    await expect(
      results().getByRole('link', { name: 'anxiety', exact: true }).getAttribute('href'),
    ).resolves.toBe('/search?q=anxiety')
    // The same ranking as a correct search: a title match first.
    await search('insomnai')
    await expect(results().getByRole('listitem').getByRole('link').first().textContent()).resolves.toBe(
      'CBT for Insomnia: How It Works and Why It Is Recommended',
    )
    expect(await axeViolations(page)).toEqual([])
  })

  it('asks for words when there are none, and refuses an over-long search with a clear message', async () => {
    await page.goto(`${webUrl}/search`)
    await expect(page.getByText(/Type a word or two/).count()).resolves.toBe(1)
    await search('a'.repeat(101))
    await expect(page.getByRole('main').getByRole('alert').textContent()).resolves.toBe(
      'q: a search can be at most 100 characters long',
    )
  })

  it('has no axe violations on a results page', async () => {
    await search('anxiety')
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('search never lists drafts', () => {
  // Words no seeded article holds: one that only the published text has, and one each for a draft that
  // was never published and for a pending revision of a published article (title, summary and body).
  const letters = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
  const unique = letters(6)
  const words = { published: `quillmere${unique}`, draft: `vantorel${unique}`, pending: `brisquane${unique}` }
  let admin: string
  let writer: string
  let draft: { id: number; slug: string }
  let live: { id: number; slug: string }

  async function cms(token: string, path: string, method = 'GET', body?: unknown) {
    const response = await fetch(`${cmsUrl}/api${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as Record<string, unknown>
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }

  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
  })
  const body = (text: string) => ({
    root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(text)] },
  })

  beforeAll(async () => {
    const [adminAccount, writerAccount] = await Promise.all([
      signIn('admin@haven.test'),
      signIn('writer@haven.test'),
    ])
    admin = adminAccount.token
    writer = writerAccount.token
    const source = (
      (await cms(admin, '/articles?where[slug][equals]=what-is-cbt&depth=0')) as {
        docs: Record<string, unknown>[]
      }
    ).docs[0]!
    const base = {
      heroImage: source.heroImage,
      topics: source.topics,
      reviewers: source.reviewers,
      authors: [personOf(writerAccount)],
    }
    draft = (
      (await cms(writer, '/articles?draft=true&depth=0', 'POST', {
        ...base,
        title: `Search test draft ${words.draft}`,
        slug: `search-test-draft-${unique}`,
        summary: `A draft nobody has published: ${words.draft}.`,
        body: body(`Only this draft says ${words.draft}.`),
      })) as { doc: { id: number; slug: string } }
    ).doc
    live = (
      (await cms(admin, '/articles?depth=0', 'POST', {
        ...base,
        title: `Search test published ${words.published}`,
        slug: `search-test-published-${unique}`,
        summary: `A published article: ${words.published}.`,
        body: body(`Only this published article says ${words.published}.`),
        _status: 'published',
        publishReason: 'Search test: a published article to revise',
      })) as { doc: { id: number; slug: string } }
    ).doc
    // The writer's revision replaces every word of the published text and waits for review.
    await cms(writer, `/articles/${live.id}?draft=true&depth=0`, 'PATCH', {
      title: `Search test revision ${words.pending}`,
      summary: `A pending revision: ${words.pending}.`,
      body: body(`Only the pending revision says ${words.pending}.`),
      workflowState: 'in_review',
    })
  })

  afterAll(async () => {
    for (const doc of [draft, live]) if (doc) await cms(admin, `/articles/${doc.id}`, 'DELETE')
  })

  /** What the CMS's search collection holds for `word` (title, summary or body), asked anonymously. */
  async function indexed(word: string): Promise<string[]> {
    const where = ['title', 'summary', 'bodyText']
      .map((field, i) => `where[or][${i}][${field}][like]=${encodeURIComponent(word)}`)
      .join('&')
    const response = await fetch(`${cmsUrl}/api/search?depth=0&limit=10&${where}`)
    expect(response.status).toBe(200)
    return ((await response.json()) as { docs: { slug: string }[] }).docs.map((doc) => doc.slug)
  }

  it('finds the published text, in the index and on the search page (so the checks below can fail)', async () => {
    expect(await indexed(words.published)).toEqual([live.slug])
    await search(words.published)
    await expect(results().getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      `1 result for “${words.published}”`,
    )
    await expect(results().getByRole('listitem').getByRole('link').getAttribute('href')).resolves.toBe(
      `/articles/${live.slug}`,
    )
  })

  it.each(['draft', 'pending'] as const)(
    'lists nothing of the %s text, in the index or on the search page',
    async (which) => {
      expect(await indexed(words[which])).toEqual([])
      await search(words[which])
      await expect(results().getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
        `No results for “${words[which]}”`,
      )
      const html = await page.content()
      expect(html).not.toContain(`/articles/${draft.slug}`)
      expect(html).not.toContain(`Only the pending revision says`)
    },
  )

  it('indexes exactly the published articles, one entry each', async () => {
    const index = (await (
      await fetch(`${cmsUrl}/api/search?limit=100&depth=0&select[slug]=true&sort=slug`)
    ).json()) as { docs: { slug: string }[] }
    const published = (await (
      await fetch(`${cmsUrl}/api/articles?limit=100&depth=0&select[slug]=true&sort=slug`)
    ).json()) as { docs: { slug: string }[] }
    expect(index.docs.map((d) => d.slug)).toEqual(published.docs.map((d) => d.slug))
    expect(index.docs.map((d) => d.slug)).not.toContain(draft.slug)
  })
})
