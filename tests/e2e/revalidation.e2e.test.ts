/**
 * A change in the CMS reaches every page that shows the document, within seconds: an edit, an
 * unpublish and a republish, and a rename (whose old address then answers 308), search included.
 */
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl } = stackInfo()
let token: string
let article: {
  id: number
  slug: string
  title: string
  topicPath: string
  people: string[]
  other: string
}

async function cms(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${cmsUrl}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...(init.headers ?? {}) },
  })
  const body = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

// Visible changes need a clinical approval (workflow.e2e.test.ts walks that path); this test is about
// revalidation, so it publishes as an admin with the recorded reason the workflow asks for.
const patchArticle = (data: Record<string, unknown>) =>
  cms(`/articles/${article.id}`, {
    method: 'PATCH',
    body: JSON.stringify({
      ...data,
      _status: data._status ?? 'published',
      publishReason: 'Revalidation test: publishing a test edit',
    }),
  })

/** Polls `url` until `check(html, status)` holds; returns the milliseconds it took. */
async function until(
  url: string,
  check: (html: string, status: number) => boolean,
  timeoutMs = 15_000,
): Promise<number> {
  const started = Date.now()
  for (;;) {
    const response = await fetch(url, { redirect: 'manual' })
    const html = await response.text()
    if (check(html, response.status)) return Date.now() - started
    if (Date.now() - started > timeoutMs)
      throw new Error(`${url} did not change within ${timeoutMs} ms (status ${response.status})`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
  })
  token = ((await login.json()) as { token: string }).token
  // The newest article is on the home page, its own page, its topic's page, its people's pages, the
  // feed, and every other article's "Recent articles".
  const newest = (await cms('/articles?sort=-publishedAt&limit=2&depth=1')) as {
    docs: {
      id: number
      slug: string
      title: string
      topics: { path: string }[]
      authors: { slug: string }[]
      reviewers: { slug: string }[]
    }[]
  }
  const doc = newest.docs[0]!
  article = {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    topicPath: doc.topics[0]!.path,
    people: [...doc.authors, ...doc.reviewers].map((person) => person.slug),
    other: newest.docs[1]!.slug,
  }
  // Warm the caches so that the test measures revalidation, not a first render.
  for (const url of Object.values(listings())) await fetch(url)
})

afterAll(async () => {
  await patchArticle({ title: article.title, slug: article.slug })
})

const searchFor = (words: string) => `${webUrl}/search?q=${encodeURIComponent(words)}`
const linksTo = (slug: string) => (html: string) =>
  html.includes(`/articles/${slug}"`) || html.includes(`/articles/${slug}<`)

/** The article's own page, its topic and the home page: what bench/publish.ts times. */
const pages = (slug = article.slug) => [
  `${webUrl}/articles/${slug}`,
  `${webUrl}/topics/${article.topicPath}`,
  webUrl,
]

/**
 * Every page that lists the article, by name: each must follow every change of it (search is looked
 * up by `words`, its title by default).
 */
const listings = (words = article.title): Record<string, string> => ({
  home: webUrl,
  topic: `${webUrl}/topics/${article.topicPath}`,
  ...Object.fromEntries(article.people.map((slug) => [`person ${slug}`, `${webUrl}/people/${slug}`])),
  'recent articles of another article': `${webUrl}/articles/${article.other}`,
  sitemap: `${webUrl}/sitemap.xml`,
  feed: `${webUrl}/feed.xml`,
  search: searchFor(words),
})

/** Waits until every listing satisfies `check`, and says which did not. */
async function everyListing(check: (html: string, name: string) => boolean, words?: string): Promise<void> {
  await Promise.all(
    Object.entries(listings(words)).map(([name, url]) =>
      until(url, (html) => check(html, name)).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}`)
      }),
    ),
  )
}

/** The sitemap's lastmod of the article's address. */
async function sitemapLastmod(slug = article.slug): Promise<string | undefined> {
  const xml = await (await fetch(`${webUrl}/sitemap.xml`)).text()
  const entry = xml.split('<url>').find((url) => url.includes(`<loc>${webUrl}/articles/${slug}</loc>`))
  return /<lastmod>([^<]+)<\/lastmod>/.exec(entry ?? '')?.[1]
}

describe('revalidation', () => {
  it('shows an edited title on the article and every page that lists it, and a new date in the sitemap', async () => {
    const marker = `Revalidated ${Date.now()}`
    const lastmod = await sitemapLastmod()
    await patchArticle({ title: marker })
    try {
      // Each page must show it within `until`'s 15 s; how fast is measured by bench/publish.ts (p50/p95).
      await until(`${webUrl}/articles/${article.slug}`, (html) => html.includes(marker))
      // The sitemap lists addresses, not titles: its entry's date moves instead.
      await everyListing((html, name) => (name === 'sitemap' ? true : html.includes(marker)), marker)
      await until(`${webUrl}/sitemap.xml`, () => true)
      expect(await sitemapLastmod()).not.toBe(lastmod)
    } finally {
      await patchArticle({ title: article.title })
    }
    await everyListing((html, name) => name === 'sitemap' || html.includes(article.title))
  })

  it('removes an unpublished article from its page and every listing, and brings it back on republish', async () => {
    await patchArticle({ _status: 'draft' })
    await until(`${webUrl}/articles/${article.slug}`, (_html, status) => status === 404)
    await everyListing((html) => !linksTo(article.slug)(html))
    await patchArticle({ _status: 'published' })
    await until(`${webUrl}/articles/${article.slug}`, (_html, status) => status === 200)
    await everyListing(linksTo(article.slug))
  })

  it('brings a newly published article to every listing that shows it, and takes it off all of them when it is deleted', async () => {
    // A copy of the newest article, published now as the admin with a recorded reason (see patchArticle).
    const source = (await cms(`/articles/${article.id}?depth=0`)) as Record<string, unknown> & {
      authors: number[]
    }
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      slug: _s,
      publishedAt: _p,
      references: _r,
      workflowState: _w,
      approval: _a,
      history: _h,
      ...rest
    } = source
    const title = `Revalidation test: a new article ${Date.now()}`
    const created = (await cms('/articles', {
      method: 'POST',
      body: JSON.stringify({
        ...rest,
        title,
        publishReason: 'Revalidation test: publishing a new article',
        _status: 'published',
      }),
    })) as { doc: { id: number; slug: string } }
    const { slug } = created.doc
    const author = (await cms(`/people/${source.authors[0]}?depth=0`)) as { slug: string }
    const listed: Record<string, string> = {
      home: webUrl,
      topic: `${webUrl}/topics/${article.topicPath}`,
      author: `${webUrl}/people/${author.slug}`,
      'recent articles of another article': `${webUrl}/articles/${article.slug}`,
      sitemap: `${webUrl}/sitemap.xml`,
      feed: `${webUrl}/feed.xml`,
      search: searchFor(title),
    }
    const shows = linksTo(slug)
    try {
      await until(`${webUrl}/articles/${slug}`, (_html, status) => status === 200)
      await Promise.all(Object.values(listed).map((url) => until(url, shows)))
    } finally {
      await cms(`/articles/${created.doc.id}`, { method: 'DELETE' })
    }
    await until(`${webUrl}/articles/${slug}`, (_html, status) => status === 404)
    await Promise.all(Object.values(listed).map((url) => until(url, (html) => !shows(html))))
  })

  it('answers a renamed article’s old address with 308 to the new one, and every listing moves to the new address', async () => {
    const renamed = `${article.slug}-renamed`
    await patchArticle({ slug: renamed })
    try {
      await until(`${webUrl}/articles/${renamed}`, (_html, status) => status === 200)
      await until(`${webUrl}/articles/${article.slug}`, (_html, status) => status === 308)
      const old = await fetch(`${webUrl}/articles/${article.slug}`, { redirect: 'manual' })
      expect(old.headers.get('location')).toMatch(new RegExp(`/articles/${renamed}$`))
      await everyListing((html) => linksTo(renamed)(html) && !linksTo(article.slug)(html))
    } finally {
      await patchArticle({ slug: article.slug })
    }
    await until(`${webUrl}/articles/${article.slug}`, (_html, status) => status === 200)
    await everyListing(linksTo(article.slug))
  })

  it('shows a corrected image alt text on the article page', async () => {
    const newest = (await cms(`/articles/${article.id}?depth=1`)) as {
      heroImage: { id: number; alt: string }
    }
    const { id, alt } = newest.heroImage
    const corrected = `Corrected alt text ${Date.now()}`
    try {
      await cms(`/media/${id}`, { method: 'PATCH', body: JSON.stringify({ alt: corrected }) })
      await until(`${webUrl}/articles/${article.slug}`, (html) => html.includes(corrected))
    } finally {
      await cms(`/media/${id}`, { method: 'PATCH', body: JSON.stringify({ alt }) })
    }
  })

  it('moves the menu link of a renamed page on every page, though the menu is cached under its own tag, and redirects its old address', async () => {
    // The menu is cached as `navigation` only; the CMS adds that tag when a document it links to changes.
    type Link = { type?: string; page?: { id: number; slug: string } | number }
    const menu = (await cms('/globals/navigation?depth=1')) as Record<string, unknown>
    const links: Link[] = []
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>
        if (record.type === 'page' && record.page && typeof record.page === 'object')
          links.push(record as Link)
        Object.values(record).forEach(collect)
      }
    }
    collect(menu)
    const target = links[0]?.page as { id: number; slug: string } | undefined
    if (!target) throw new Error('the seeded menu has no link to a page')
    const moved = `${target.slug}-moved`
    const patchPage = (slug: string) =>
      cms(`/pages/${target.id}`, { method: 'PATCH', body: JSON.stringify({ slug, _status: 'published' }) })
    for (const url of pages()) await fetch(url)
    await patchPage(moved)
    try {
      await Promise.all(pages().map((url) => until(url, (html) => html.includes(`href="/${moved}"`))))
      // The page's old address follows it, as an article's does.
      await until(`${webUrl}/${target.slug}`, (_html, status) => status === 308)
      const old = await fetch(`${webUrl}/${target.slug}`, { redirect: 'manual' })
      expect(old.headers.get('location')).toMatch(new RegExp(`/${moved}$`))
    } finally {
      await patchPage(target.slug)
    }
    await Promise.all(pages().map((url) => until(url, (html) => !html.includes(`href="/${moved}"`))))
  })

  it('refuses a revalidation call without the secret, changing nothing', async () => {
    const url = `${webUrl}/articles/${article.slug}`
    await fetch(url)
    const before = await fetch(url)
    expect(before.headers.get('x-nextjs-cache')).toBe('HIT')
    const response = await fetch(`${webUrl}/api/revalidate`, {
      method: 'POST',
      body: JSON.stringify({ tags: ['articles', `articles:${article.slug}`] }),
    })
    expect(response.status).toBe(401)
    const wrong = await fetch(`${webUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'x-revalidate-secret': 'not-the-secret-but-long-enough-to-compare' },
      body: JSON.stringify({ tags: ['articles', `articles:${article.slug}`] }),
    })
    expect(wrong.status).toBe(401)
    // The cached page was not expired: it is still the same cached copy.
    const after = await fetch(url)
    expect(after.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await after.text()).toBe(await before.text())
  })
})
