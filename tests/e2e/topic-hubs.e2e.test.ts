/**
 * Topic hubs without dead ends: a parent topic lists its descendants' articles (each once, newest
 * first) under the editors' introduction and picks, an empty topic shows its nearest ancestor's
 * articles labelled so and related topics and is noindex, a newly published article in a subtopic
 * reaches its ancestors' hubs on their next request, and a change to a hub's picks reaches it too.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { axeViolations, launchChromium } from './support/browser'
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

/** The links (to `prefix`…) in the hub's section labelled by `id`, in page order, each once. */
function sectionLinks(html: string, id: string, prefix: string): string[] {
  const section = html.match(new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`))?.[1] ?? ''
  const hrefs = [...section.matchAll(new RegExp(`<a[^>]*href="(${prefix}[^"]+)"`, 'g'))].map((m) => m[1]!)
  return [...new Set(hrefs)]
}

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
  // The first request after the stack comes up can meet a CMS still busy warming up on a loaded machine
  // (the socket closes): a network failure is retried a few times, an HTTP answer never.
  let login: Response | undefined
  for (let attempt = 1; !login; attempt += 1) {
    login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
    }).catch(async (error: unknown) => {
      if (attempt === 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 3000))
      return undefined
    })
  }
  token = ((await login.json()) as { token: string }).token
})

describe('a parent topic', () => {
  it('lists its own and its descendants’ articles, each once, newest first', async () => {
    const expected = (await articlesOf('where[_status][equals]=published')).filter((article) =>
      article.topics.some(
        (topic) => topic.path === 'mental-health' || topic.path.startsWith('mental-health/'),
      ),
    )
    // The seed files most Mental Health articles under its subtopics (Anxiety, Depression…) only.
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
    const { status, html } = await page('/topics/mental-health/schizophrenia')
    expect(status).toBe(200)
    expect(html).toMatch(/<h2 id="topic-articles">Nothing here yet\. From Mental Health:<\/h2>/)
    expect(listedArticles(html)).toEqual(listedArticles((await page('/topics/mental-health')).html))
    expect(listedArticles(html).length).toBeGreaterThan(0)
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"/)
  })

  it('offers topics to go to next: its neighbours when the editors chose none', async () => {
    const { html } = await page('/topics/mental-health/schizophrenia')
    expect(html).toMatch(/<h2 id="related-topics">More in (<!-- -->)?Mental Health<\/h2>/)
    const next = sectionLinks(html, 'related-topics', '/topics/')
    expect(next).toContain('/topics/mental-health/anxiety')
    expect(next).not.toContain('/topics/mental-health/schizophrenia')
  })
})

describe('the editors’ part of a hub', () => {
  it('shows Mental Health’s introduction, picks in the editors’ order, subtopics and related topics', async () => {
    const { html } = await page('/topics/mental-health')
    expect(html).toMatch(/<div class="topic-intro">[\s\S]*?Mental health is part of everyone’s health/)
    expect(sectionLinks(html, 'editors-picks', '/articles/')).toEqual([
      '/articles/signs-of-depression',
      '/articles/generalized-anxiety-disorder',
      '/articles/bipolar-disorder-basics',
    ])
    expect(sectionLinks(html, 'subtopics-heading', '/topics/')).toContain('/topics/mental-health/anxiety')
    expect(html).toMatch(/<h2 id="related-topics">Related topics<\/h2>/)
    expect(sectionLinks(html, 'related-topics', '/topics/')).toEqual([
      '/topics/therapy-techniques',
      '/topics/starting-therapy-faq',
      '/topics/types-of-therapists',
    ])
  })

  it('follows a change to the picks on the next request, and never shows a draft pick', async () => {
    const hubPath = '/topics/relationships/intimacy'
    const topic = (await cms(`/topics?where[path][equals]=relationships/intimacy&depth=0`)) as {
      docs: { id: number; editorsPicks: number[] }[]
    }
    const { id, editorsPicks } = topic.docs[0]!
    expect((await page(hubPath)).status).toBe(200) // cached before the change
    const [repair] = await articlesOf('where[slug][equals]=repairing-after-an-argument')
    const draft = (await cms('/articles?draft=true', {
      method: 'POST',
      body: JSON.stringify({
        title: `Topic hub draft pick ${Date.now()}`,
        slug: `topic-hub-draft-pick-${Date.now()}`,
        _status: 'draft',
      }),
    })) as { doc: { id: number; slug: string } }
    try {
      await cms(`/topics/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({
          editorsPicks: [repair!.id, draft.doc.id, ...editorsPicks],
          _status: 'published',
        }),
      })
      const html = await until(
        hubPath,
        (answer) =>
          sectionLinks(answer, 'editors-picks', '/articles/')[0]?.endsWith('/repairing-after-an-argument') ??
          false,
      )
      expect(sectionLinks(html, 'editors-picks', '/articles/')).not.toContain(`/articles/${draft.doc.slug}`)
    } finally {
      await cms(`/topics/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ editorsPicks, _status: 'published' }),
      })
      await cms(`/articles/${draft.doc.id}`, { method: 'DELETE' })
    }
  })
})

describe('in a browser', () => {
  let browser: Browser
  const shots = path.resolve('tests/.artifacts/topic-hubs')
  beforeAll(async () => {
    browser = await launchChromium()
    mkdirSync(shots, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each([
    ['phone', 390, 844],
    ['desktop', 1366, 900],
  ])('a hub and an empty topic have no axe violations on a %s (%ix%i)', async (name, width, height) => {
    const context = await browser.newContext({ viewport: { width, height } })
    const tab = await context.newPage()
    try {
      for (const hub of ['mental-health', 'mental-health/schizophrenia']) {
        await tab.goto(`${webUrl}/topics/${hub}`)
        await tab.getByRole('heading', { level: 1 }).waitFor()
        expect({ hub, violations: await axeViolations(tab) }).toEqual({ hub, violations: [] })
        // No sideways scrolling on a phone: everything fits the viewport's width.
        expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        await tab.screenshot({
          path: path.join(shots, `${hub.replace(/\//g, '_')}-${name}.png`),
          fullPage: true,
        })
      }
    } finally {
      await context.close()
    }
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

describe('therapists on a hub', () => {
  /** The therapist profiles a hub's directory section links to, each once. */
  const therapistLinks = (html: string) => sectionLinks(html, 'topic-therapists', '/directory/')

  it('shows verified therapists who treat the topic, linking to their profiles and to the filtered search', async () => {
    const { status, html } = await page('/topics/mental-health/anxiety')
    expect(status).toBe(200)
    expect(html).toContain('Therapists who treat Anxiety')
    const profiles = therapistLinks(html)
    expect(profiles.length).toBeGreaterThan(0)
    expect(profiles.length).toBeLessThanOrEqual(3)
    // The hub uses the directory's own search: only verified listings, which treat this topic.
    const search = await page('/directory?issue=anxiety')
    for (const profile of profiles) {
      expect(search.html).toContain(`href="${profile}"`)
      expect((await page(profile)).status).toBe(200)
    }
    expect(html).toMatch(/href="\/directory\?issue=anxiety"/)
  })

  it('names the second-level topic on a deeper hub, and links a group page to the whole directory', async () => {
    const deeper = await page('/topics/mental-health/trauma/childhood-trauma')
    expect(deeper.status).toBe(200)
    expect(deeper.html).toContain('Therapists who treat Trauma')
    expect(deeper.html).toMatch(/href="\/directory\?issue=trauma"/)
    const group = await page('/topics/mental-health')
    expect(group.html).toMatch(/<h2 id="topic-therapists">Find a therapist<\/h2>/)
    const section = group.html.match(/<section aria-labelledby="topic-therapists">([\s\S]*?)<\/section>/)?.[1]
    expect(section).toContain('href="/directory"')
    expect(section).not.toContain('/directory/')
  })
})
