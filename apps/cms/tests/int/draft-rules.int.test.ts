/**
 * Field rules hold on every save, drafts too (issue 11, finding 10): lengths, slugs and URLs of
 * articles, pages, people, topics, partners, the body's links and the navigation and site-settings
 * globals, over REST and GraphQL as an editor. A draft may still be incomplete.
 */
import type { Payload } from 'payload'

import { simpleText } from '../../src/seed/lexical'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { graphql, rest, signIn, type ApiAnswer } from './api'
import { payloadForTests } from './payload'

let payload: Payload
let editor: string
let counter = 0

beforeAll(async () => {
  payload = await payloadForTests()
  editor = await signIn('users', 'editor@haven.test', DEMO_PASSWORD)
})

afterAll(async () => {
  for (const collection of ['articles', 'pages', 'topics'] as const)
    await payload.delete({ collection, where: { title: { like: 'Draft rule' } }, overrideAccess: true })
  for (const collection of ['people', 'partners'] as const)
    await payload.delete({ collection, where: { name: { like: 'Draft Rule' } }, overrideAccess: true })
})

const unique = () => `${(counter += 1)}-${Date.now()}`
const bodyWithLink = (href: string) =>
  simpleText([`Read [this guide](${href}) first.`], { article: () => undefined as never })
const saveDraft = (collection: string, body: Record<string, unknown>) =>
  rest('POST', `/${collection}?draft=true`, { token: editor, body: { ...body, _status: 'draft' } })

/** The field paths a refusal names. */
function refusedFields(answer: ApiAnswer): string[] {
  const errors = (answer.json.errors ?? []) as { data?: { errors?: { path: string }[] } }[]
  return errors.flatMap((e) => e.data?.errors?.map((inner) => inner.path) ?? [])
}

describe('a draft', () => {
  it.each([
    ['articles', { title: 'x'.repeat(5 * 1024 * 1024) }, 'title'],
    ['articles', { title: `Draft rule ${unique()}`, slug: '../../etc/passwd' }, 'slug'],
    ['articles', { title: `Draft rule ${unique()}`, body: bodyWithLink('javascript:alert(1)') }, 'body'],
    ['pages', { title: `Draft rule ${unique()}`, slug: '../../etc/passwd' }, 'slug'],
    ['pages', { title: 'x'.repeat(5000) }, 'title'],
    ['topics', { title: `Draft rule ${unique()}`, slug: 'Not A Slug!' }, 'slug'],
    ['people', { name: `Draft Rule ${unique()}`, slug: '../people' }, 'slug'],
    ['people', { name: `Draft Rule ${unique()}`, bio: 'x'.repeat(3000) }, 'bio'],
    ['partners', { name: `Draft Rule ${unique()}`, url: 'javascript:alert(1)' }, 'url'],
    ['partners', { name: `Draft Rule ${unique()}`, url: 'http://partner.example' }, 'url'],
  ])('of %s is refused when it breaks a rule: %#', async (collection, data, field) => {
    const before = (await payload.count({ collection: collection as 'articles', overrideAccess: true }))
      .totalDocs
    const answer = await saveDraft(collection, data)
    expect(answer.status).toBe(400)
    expect(refusedFields(answer)).toContain(field)
    expect(
      (await payload.count({ collection: collection as 'articles', overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('may still be incomplete: a title and nothing else', async () => {
    for (const [collection, data] of [
      ['articles', { title: `Draft rule ${unique()}` }],
      ['pages', { title: `Draft rule ${unique()}` }],
      ['topics', { title: `Draft rule ${unique()}` }],
      ['people', { name: `Draft Rule ${unique()}` }],
      ['partners', { name: `Draft Rule ${unique()}` }],
    ] as const)
      expect((await saveDraft(collection, data)).status).toBe(201)
  })

  it('keeps the rules on an update saved as a draft', async () => {
    const created = await saveDraft('pages', { title: `Draft rule ${unique()}` })
    const id = (created.json.doc as { id: number }).id
    const answer = await rest('PATCH', `/pages/${id}?draft=true`, {
      token: editor,
      body: { slug: '../../etc/passwd', _status: 'draft' },
    })
    expect(answer.status).toBe(400)
    expect(refusedFields(answer)).toContain('slug')
  })

  it('is refused over GraphQL too', async () => {
    const answer = await graphql(
      `
        mutation ($data: mutationPageInput!) {
          createPage(draft: true, data: $data) {
            id
          }
        }
      `,
      {
        token: editor,
        variables: {
          data: {
            title: 'Draft rule gql',
            slug: '../../etc/passwd',
            body: bodyWithLink('/about-us'),
            _status: 'draft',
          },
        },
      },
    )
    const errors = answer.json.errors as { message: string; extensions?: { statusCode: number } }[]
    expect(errors[0]).toMatchObject({ extensions: { statusCode: 400 } })
    expect(JSON.stringify(answer.json)).toContain('slug')
  })
})

describe('a draft of a global', () => {
  it('of the navigation is refused with a javascript: link', async () => {
    const stored = await payload.findGlobal({ slug: 'navigation', depth: 0 })
    const items = [
      ...((stored as { items?: unknown[] }).items ?? []),
      { label: 'Bad link', link: { type: 'url', url: 'javascript:alert(1)' } },
    ]
    const answer = await rest('POST', '/globals/navigation?draft=true', {
      token: editor,
      body: { items, _status: 'draft' },
    })
    expect(answer.status).toBe(400)
    expect(refusedFields(answer).some((path) => /url$/.test(path))).toBe(true)
  })

  it('of the site settings is refused with a path that is not a site path', async () => {
    const stored = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const columns = (
      (stored as { footerGroups?: { title: string; links: unknown[] }[] }).footerGroups ?? []
    ).map((column, index) =>
      index === 0
        ? {
            ...column,
            links: [...column.links, { label: 'Bad', link: { type: 'path', path: '//evil.example' } }],
          }
        : column,
    )
    const answer = await rest('POST', '/globals/site-settings?draft=true', {
      token: editor,
      body: { footerGroups: columns, _status: 'draft' },
    })
    expect(answer.status).toBe(400)
    expect(refusedFields(answer).some((path) => /path$/.test(path))).toBe(true)
  })
})
