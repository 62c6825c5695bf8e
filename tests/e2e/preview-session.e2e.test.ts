/**
 * Draft preview belongs to the staff member who opened it: Next's draft-mode cookie
 * (`__prerender_bypass`) is one value per build, so on its own, or with someone else's CMS session, or
 * with a draft session issued to another user, it shows no draft. And the preview routes redirect only
 * to paths on this site, however the path is disguised.
 */
import { previewSignature } from '@haven/node'

import { personOf, signIn, type SignedIn } from './support/cms'
import { stackInfo } from './support/stack-file'

const { webUrl, cmsUrl, revalidateSecret } = stackInfo()
const stamp = Date.now()
const draftTitle = `Preview session test: a draft only its writer previews ${stamp}`

let admin: SignedIn
let writer: SignedIn
let editor: SignedIn
let draft: { id: number; slug: string }

async function cms(token: string, path: string, method = 'GET', body?: unknown) {
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

/** The cookies a response sets, by name (value only). */
function setCookies(response: Response): Record<string, string> {
  return Object.fromEntries(
    response.headers.getSetCookie().map((line) => {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      return [pair!.slice(0, at), pair!.slice(at + 1)]
    }),
  )
}

/** Opens the CMS's preview link for the draft as `account`, as the admin's Preview button does. */
async function openPreview(account: SignedIn) {
  const path = `/articles/${draft.slug}`
  const response = await fetch(
    `${webUrl}/api/preview?path=${encodeURIComponent(path)}&signature=${previewSignature(revalidateSecret, path)}`,
    { redirect: 'manual', headers: { Cookie: `payload-token=${account.token}` } },
  )
  expect(response.status).toBe(307)
  return { response, cookies: setCookies(response) }
}

/** The draft's page on the reader site with exactly these cookies. */
async function draftPage(cookies: Record<string, string | undefined>): Promise<string> {
  const header = Object.entries(cookies)
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ')
  const response = await fetch(`${webUrl}/articles/${draft.slug}`, {
    headers: { Cookie: header },
    redirect: 'manual',
  })
  return response.text()
}

beforeAll(async () => {
  ;[admin, writer, editor] = (await Promise.all(
    ['admin', 'writer', 'editor'].map((role) => signIn(`${role}@haven.test`)),
  )) as [SignedIn, SignedIn, SignedIn]
  const source = (await cms(admin.token, '/articles?where[slug][equals]=what-is-cbt&depth=0')) as {
    docs: Record<string, unknown>[]
  }
  const { heroImage, topics, body } = source.docs[0]!
  const created = (await cms(writer.token, '/articles?draft=true&depth=0', 'POST', {
    title: draftTitle,
    summary: 'A throw-away draft for the preview session test.',
    heroImage,
    topics,
    body,
    authors: [personOf(writer)],
    reviewers: [],
  })) as { doc: { id: number; slug: string } }
  draft = created.doc
})

afterAll(async () => {
  if (draft) await cms(admin.token, `/articles/${draft.id}`, 'DELETE')
})

describe('draft preview', () => {
  it('shows the draft to the staff member who opened it, with a short-lived, httpOnly session of theirs', async () => {
    const { response, cookies } = await openPreview(writer)
    expect(cookies.__prerender_bypass).toBeTruthy()
    const session = response.headers.getSetCookie().find((line) => line.startsWith('haven-draft-session='))
    expect(session).toMatch(/HttpOnly/i)
    expect(session).toMatch(/SameSite=Lax/i)
    expect(Number(/Max-Age=(\d+)/i.exec(session ?? '')?.[1])).toBeLessThanOrEqual(3600)
    expect(session).not.toContain(writer.token)
    expect(await draftPage({ ...cookies, 'payload-token': writer.token })).toContain(draftTitle)
  })

  it('shows no draft for a copied draft-mode cookie: alone, with another staff session, or with another user’s draft session', async () => {
    const { cookies } = await openPreview(writer)
    const bypass = cookies.__prerender_bypass
    const views = {
      'the draft-mode cookie alone': await draftPage({ __prerender_bypass: bypass }),
      // The editor is signed in to the CMS but never opened this preview: today's one-per-build value
      // would have been enough.
      'with the editor’s own CMS session': await draftPage({
        __prerender_bypass: bypass,
        'payload-token': editor.token,
      }),
      'with the writer’s draft session and the editor’s CMS session': await draftPage({
        ...cookies,
        'payload-token': editor.token,
      }),
      'with the writer’s draft session but no CMS session': await draftPage({ ...cookies }),
    }
    for (const [how, html] of Object.entries(views))
      expect({ how, draft: html.includes(draftTitle) }).toEqual({ how, draft: false })
  })

  it('ends with the preview exit, which clears the draft session', async () => {
    const exit = await fetch(
      `${webUrl}/api/preview/exit?path=${encodeURIComponent(`/articles/${draft.slug}`)}`,
      {
        redirect: 'manual',
      },
    )
    expect(exit.status).toBe(307)
    expect(exit.headers.get('location')).toBe(`/articles/${draft.slug}`)
    expect(exit.headers.getSetCookie().join('\n')).toMatch(/haven-draft-session=;/)
  })
})

describe('the preview routes', () => {
  it.each([
    '/%5Cevil.example',
    '/%09/evil.example',
    '/%0A/evil.example',
    '//evil.example',
    'https://evil.example/',
    '/%5C%5Cevil.example/x',
  ])('refuse to redirect to %s with a 400 naming the path rule', async (path) => {
    for (const route of ['/api/preview/exit', '/api/preview']) {
      const response = await fetch(`${webUrl}${route}?path=${path}&signature=x`, { redirect: 'manual' })
      expect({ route, path, status: response.status, location: response.headers.get('location') }).toEqual({
        route,
        path,
        status: 400,
        location: null,
      })
      expect(((await response.json()) as { error: string }).error).toMatch(/^path: must be/)
    }
  })

  it('redirect to a path on this site', async () => {
    const response = await fetch(
      `${webUrl}/api/preview/exit?path=${encodeURIComponent('/topics/mental-health?x=1')}`,
      {
        redirect: 'manual',
      },
    )
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/topics/mental-health?x=1')
  })
})
