/**
 * Topic hubs without dead ends: a parent topic lists its descendants' articles (each once, newest
 * first), an empty topic shows its nearest ancestor's articles labelled so and is noindex, and a
 * newly published article in a subtopic reaches its ancestors' hubs on their next request.
 */
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl } = stackInfo()
let token: string

async function cms(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${cmsUrl}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...(init.headers ?? {}) },
  })
  const body = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

type ArticleDoc = { id: number; slug: string; publishedAt: string; topics: { id: number; path: string }[] }

const articlesOf = async (query: string) =>
  ((await cms(`/articles?${query}&depth=1&limit=100&sort=-publishedAt`)) as { docs: ArticleDoc[] }).docs
const topicByPath = async (path: string) =>
  ((await cms(`/topics?where[path][equals]=${path}&depth=0`)) as { docs: { id: number; title: string }[] })
    .docs[0]!

/** The article addresses in the hub's article list, in page order. */
function listedArticles(html: string): string[] {
  const section = html.match(/<section aria-labelledby="topic-articles">([\s\S]*?)<\/section>/)?.[1] ?? ''
  return [...section.matchAll(/<a[^>]*href="(\/articles\/[^"]+)"/g)].map((match) => match[1]!)
}

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${webUrl}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

/** Polls `path` until `check` holds (revalidation reaches the page within seconds). */
async function until(path: string, check: (html: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const started = Date.now()
  for (;;) {
    const { html } = await page(path)
    if (check(html)) return html
    if (Date.now() - started > timeoutMs) throw new Error(`${path} did not change within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

beforeAll(async () => {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
  })
  token = ((await login.json()) as { token: string }).token
})

describe('a parent topic', () => {
  it('lists its own and its descendants’ articles, each once, newest first', async () => {
    const expected = (await articlesOf('where[_status][equals]=published')).filter((article) =>
      article.topics.some(
        (topic) => topic.path === 'mental-health' || topic.path.startsWith('mental-health/'),
      ),
    )
    // The seed files articles under Anxiety, Depression, Addiction and Trauma, not Mental Health itself.
    expect(expected.some((article) => article.topics.every((topic) => topic.path !== 'mental-health'))).toBe(
      true,
    )
    const { status, html } = await page('/topics/mental-health')
    expect(status).toBe(200)
    const listed = listedArticles(html)
    expect(listed).toEqual(expected.slice(0, 12).map((article) => `/articles/${article.slug}`))
    expect(new Set(listed).size).toBe(listed.length)
    expect(html).not.toMatch(/<meta name="robots" content="noindex/)
    expect(html).toMatch(/<h2 id="subtopics-heading">Topics in (<!-- -->)?Mental Health<\/h2>/)
  })

  it('answers 404 for a page of articles past the last one', async () => {
    const { status, html } = await page('/topics/mental-health?page=99')
    expect(status).toBe(404)
    expect(html).toMatch(/<h1>We couldn’t find that page<\/h1>/)
  })
})

describe('a topic with no article of its own or below', () => {
  it('shows its nearest ancestor’s articles, labelled so, and is noindex', async () => {
    const { status, html } = await page('/topics/mental-health/adhd')
    expect(status).toBe(200)
    expect(html).toMatch(/<h2 id="topic-articles">Nothing here yet\. From Mental Health:<\/h2>/)
    expect(listedArticles(html)).toEqual(listedArticles((await page('/topics/mental-health')).html))
    expect(listedArticles(html).length).toBeGreaterThan(0)
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"/)
  })
})

describe('an article newly published in a subtopic', () => {
  const leaf = 'starting-therapy-faq/does-therapy-work/how-to-find-a-therapist'
  const hubs = [
    `/topics/${leaf}`,
    '/topics/starting-therapy-faq/does-therapy-work',
    '/topics/starting-therapy-faq',
  ]
  let created: { id: number; slug: string } | undefined
  afterAll(async () => {
    if (created) await cms(`/articles/${created.id}`, { method: 'DELETE' })
  })

  it('appears on the subtopic’s and every ancestor’s hub on their next request', async () => {
    // Cached before the change (the leaf and its parent are empty): only revalidation brings it in.
    for (const path of hubs) expect((await page(path)).status).toBe(200)
    const topic = await topicByPath(leaf)
    const [newest] = await articlesOf('where[_status][equals]=published')
    const source = (await cms(`/articles/${newest!.id}?depth=0`)) as Record<string, unknown>
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
    const text = {
      type: 'text',
      text: 'A test article filed under one topic.',
      format: 0,
      style: '',
      mode: 'normal',
      detail: 0,
      version: 1,
    }
    const paragraph = {
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [text],
    }
    created = (
      (await cms('/articles', {
        method: 'POST',
        body: JSON.stringify({
          ...rest,
          title: `Topic hub test ${Date.now()}`,
          topics: [topic.id],
          // A body of its own: the seeded bodies link to other articles, which this save need not check.
          body: {
            root: {
              type: 'root',
              format: '',
              indent: 0,
              version: 1,
              direction: 'ltr',
              children: [paragraph],
            },
          },
          publishReason: 'Topic hub test: publishing a new article',
          _status: 'published',
        }),
      })) as { doc: { id: number; slug: string } }
    ).doc
    const href = `/articles/${created.slug}`
    for (const path of hubs) {
      const html = await until(path, (answer) => listedArticles(answer).includes(href))
      expect(listedArticles(html).filter((listed) => listed === href)).toHaveLength(1)
      expect(html).not.toMatch(/<meta name="robots" content="noindex/)
      expect(html).not.toContain('Nothing here yet')
    }
  })
})
