/**
 * What only staff may read stays theirs, over every road a reader (or a script) could take to it:
 * a draft that was never published and an unapproved revision of a published article, with the
 * reviewer's note and internal notes, tried anonymously through REST (documents, drafts, versions),
 * GraphQL, the CMS's search index, the reader site's search, sitemap, feed and article pages, and the
 * preview route. Signed in as staff, the same reads find them: the checks can fail.
 */
import { previewSignature } from '@haven/node'

import { personOf, signIn } from './support/cms'
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl, revalidateSecret } = stackInfo()
const stamp = Date.now()
const draftTitle = `Privacy test: a draft nobody has approved ${stamp}`
const pendingSummary = `Privacy test: an unapproved revision of a published article ${stamp}`
const reviewNote = `Privacy test: the reviewer asks for a citation ${stamp}`
const internalNote = `Privacy test: an internal note ${stamp}`
const secrets = [draftTitle, pendingSummary, reviewNote, internalNote]

let admin: string
let writer: string
let reviewer: string
let draft: { id: number; slug: string }
let published: { id: number; slug: string }

async function cms(
  token: string,
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<Record<string, unknown>> {
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

/** The text of an anonymous GET (any status), as anyone on the internet would get it. */
async function anonymous(url: string): Promise<string> {
  return (await fetch(url, { redirect: 'manual' })).text()
}

async function graphql(query: string, token?: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })
  return response.text()
}

const leaked = (text: string) => secrets.filter((secret) => text.includes(secret))

beforeAll(async () => {
  const accounts = await Promise.all(
    ['admin', 'writer', 'reviewer'].map((role) => signIn(`${role}@haven.test`)),
  )
  ;[admin, writer, reviewer] = accounts.map((account) => account.token) as [string, string, string]
  const person = personOf(accounts[1]!)
  const source = (await cms(admin, '/articles?where[slug][equals]=what-is-cbt&depth=0')) as {
    docs: Record<string, unknown>[]
  }
  const { heroImage, topics, body } = source.docs[0]!
  const base = {
    summary: 'A throw-away article for the privacy test.',
    heroImage,
    topics,
    body,
    authors: [person],
    reviewers: [],
  }
  // A draft written by the writer and never published: its title is the secret.
  const created = (await cms(writer, '/articles?draft=true&depth=0', 'POST', {
    ...base,
    title: draftTitle,
    internalNotes: internalNote,
  })) as { doc: { id: number; slug: string } }
  draft = created.doc
  // A published article (by the admin, with the recorded reason the workflow asks for), then a revision
  // by its writer that the reviewer sends back with a note: published text stays, the rest is staff's.
  const live = (await cms(admin, '/articles?depth=0', 'POST', {
    ...base,
    title: `Privacy test: published ${stamp}`,
    reviewers: source.docs[0]!.reviewers,
    _status: 'published',
    publishReason: 'Privacy test: a published article to revise',
  })) as { doc: { id: number; slug: string } }
  published = live.doc
  await cms(writer, `/articles/${published.id}?draft=true&depth=0`, 'PATCH', {
    summary: pendingSummary,
    internalNotes: internalNote,
    workflowState: 'in_review',
  })
  await cms(reviewer, `/articles/${published.id}?draft=true&depth=0`, 'PATCH', {
    workflowState: 'changes_requested',
    reviewNote,
  })
})

afterAll(async () => {
  for (const doc of [draft, published]) if (doc) await cms(admin, `/articles/${doc.id}`, 'DELETE')
})

describe('drafts, revisions and review notes', () => {
  it('are readable by staff (so the checks below can fail)', async () => {
    const latest = JSON.stringify(await cms(admin, `/articles/${published.id}?draft=true&depth=0`))
    expect(latest).toContain(pendingSummary)
    expect(latest).toContain(reviewNote)
    expect(
      await graphql(`{ Article(id: ${draft.id}, draft: true) { title internalNotes } }`, admin),
    ).toContain(draftTitle)
  })

  it('never reach anyone through REST: documents, drafts, lists, queries or versions', async () => {
    const urls = [
      `/articles/${draft.id}`,
      `/articles/${draft.id}?draft=true`,
      `/articles/${published.id}?draft=true&depth=1`,
      `/articles?draft=true&limit=100`,
      `/articles?draft=true&where[title][equals]=${encodeURIComponent(draftTitle)}`,
      `/articles?draft=true&where[summary][equals]=${encodeURIComponent(pendingSummary)}`,
      `/articles?where[reviewNote][equals]=${encodeURIComponent(reviewNote)}`,
      `/articles/versions?where[parent][equals]=${published.id}`,
      `/articles/versions?limit=100`,
      `/search?limit=100&where[title][like]=Privacy`,
    ]
    for (const url of urls)
      expect({ url, leaked: leaked(await anonymous(`${cmsUrl}/api${url}`)) }).toEqual({ url, leaked: [] })
    // Versions are refused outright (403), the list and a version by its id alike; the same requests
    // signed in as staff answer 200, so the refusal is the access rule's, not a missing route's.
    const versions = (await cms(
      admin,
      `/articles/versions?where[parent][equals]=${published.id}&depth=0`,
    )) as {
      docs: { id: number }[]
    }
    expect(versions.docs.length).toBeGreaterThan(0)
    for (const url of [`/articles/versions?limit=1`, `/articles/versions/${versions.docs[0]!.id}`]) {
      const response = await fetch(`${cmsUrl}/api${url}`)
      expect({ url, status: response.status }).toEqual({ url, status: 403 })
      expect(await response.json()).toEqual({
        errors: [{ message: 'You are not allowed to perform this action.' }],
      })
      await cms(admin, url) // throws unless 200
    }
    // A query on the staff-only fields finds nothing, rather than confirming what they hold.
    const byNote = JSON.parse(
      await anonymous(
        `${cmsUrl}/api/articles?where[reviewNote][equals]=${encodeURIComponent(reviewNote)}&draft=true`,
      ),
    ) as { docs?: unknown[] }
    expect(byNote.docs ?? []).toEqual([])
  })

  it('never reach anyone through GraphQL', async () => {
    const queries = [
      `{ Articles(draft: true, limit: 100) { docs { title summary reviewNote internalNotes workflowState } } }`,
      `{ Article(id: ${draft.id}, draft: true) { title internalNotes } }`,
      `{ Article(id: ${published.id}, draft: true) { summary reviewNote internalNotes } }`,
      `{ versionsArticles(limit: 100) { docs { version { title summary reviewNote } } } }`,
      `{ Articles(where: { reviewNote: { equals: "${reviewNote}" } }, draft: true) { totalDocs docs { title } } }`,
    ]
    for (const query of queries)
      expect({ query, leaked: leaked(await graphql(query)) }).toEqual({ query, leaked: [] })
    expect(
      await graphql(`
        {
          versionsArticles(limit: 1) {
            docs {
              id
            }
          }
        }
      `),
    ).toMatch(/not allowed/)
  })

  it('never reach the reader site: article pages, search, sitemap and feed', async () => {
    for (const url of [
      `${webUrl}/articles/${draft.slug}`,
      `${webUrl}/articles/${published.slug}`,
      `${webUrl}/sitemap.xml`,
      `${webUrl}/feed.xml`,
    ])
      expect({ url, leaked: leaked(await anonymous(url)) }).toEqual({ url, leaked: [] })
    expect((await fetch(`${webUrl}/articles/${draft.slug}`)).status).toBe(404)
    expect(await anonymous(`${webUrl}/sitemap.xml`)).not.toContain(`/articles/${draft.slug}<`)
    // Search echoes the query, so look at what it found: the published article by its title, never the
    // draft, and nothing for words only the unapproved revision holds.
    const search = (words: string) => anonymous(`${webUrl}/search?q=${encodeURIComponent(words)}`)
    let byTitle = ''
    for (const started = Date.now(); Date.now() - started < 15_000;) {
      byTitle = await search('Privacy test')
      if (byTitle.includes(`href="/articles/${published.slug}"`)) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(byTitle).toContain(`href="/articles/${published.slug}"`)
    expect(byTitle).not.toContain(`href="/articles/${draft.slug}"`)
    expect(await search(`unapproved revision ${stamp}`)).not.toContain(`href="/articles/${published.slug}"`)
    expect(await search(`draft nobody has approved ${stamp}`)).not.toContain(`href="/articles/${draft.slug}"`)
  })

  it('never reach anyone through the preview route without a signature and a staff session', async () => {
    const path = `/articles/${draft.slug}`
    const unsigned = await fetch(`${webUrl}/api/preview?path=${encodeURIComponent(path)}`, {
      redirect: 'manual',
    })
    expect(unsigned.status).toBe(401)
    const signature = previewSignature(revalidateSecret, path)
    const signed = await fetch(
      `${webUrl}/api/preview?path=${encodeURIComponent(path)}&signature=${signature}`,
      { redirect: 'manual' },
    )
    expect(signed.status).toBe(403)
    expect(signed.headers.get('set-cookie') ?? '').not.toMatch(/__prerender_bypass/)
    expect(leaked(await signed.text())).toEqual([])
  })
})
