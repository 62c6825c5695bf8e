/**
 * Redirect targets follow the link rules (issue 11, finding 9): an editor's redirect leads to an https
 * URL, a site path with a single "/", or a document; anything else is refused over REST and GraphQL
 * with the field named, and nothing is stored.
 */
import type { Payload } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { graphql, rest, signIn } from './api'
import { payloadForTests } from './payload'

let payload: Payload
let editor: string
let counter = 0

beforeAll(async () => {
  payload = await payloadForTests()
  editor = await signIn('users', 'editor@haven.test', DEMO_PASSWORD)
})

afterAll(async () => {
  await payload.delete({
    collection: 'redirects',
    where: { from: { like: '/redirect-rule-' } },
    overrideAccess: true,
  })
})

const from = () => `/redirect-rule-${(counter += 1)}-${Date.now()}`
const count = async () => (await payload.count({ collection: 'redirects', overrideAccess: true })).totalDocs

const refused = [
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example',
  '/\\evil.example',
  'http://evil.example',
]

describe('a custom redirect target', () => {
  it.each(refused)('refuses %j over REST, naming to.url', async (url) => {
    const before = await count()
    const answer = await rest('POST', '/redirects', {
      token: editor,
      body: { from: from(), to: { type: 'custom', url }, type: '302' },
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('to.url: ')
    expect(await count()).toBe(before)
  })

  it.each(refused)('refuses %j over GraphQL, naming to.url', async (url) => {
    const before = await count()
    const answer = await graphql(
      `
        mutation ($data: mutationRedirectInput!) {
          createRedirect(data: $data) {
            id
          }
        }
      `,
      { token: editor, variables: { data: { from: from(), to: { type: 'custom', url }, type: '_302' } } },
    )
    const errors = answer.json.errors as { message: string; extensions: { statusCode: number } }[]
    expect(errors[0]!.extensions.statusCode).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('to.url: ')
    expect(await count()).toBe(before)
  })

  it('refuses an unsafe target on update too', async () => {
    const created = await rest('POST', '/redirects', {
      token: editor,
      body: { from: from(), to: { type: 'custom', url: '/about-us' }, type: '302' },
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: number }).id
    const answer = await rest('PATCH', `/redirects/${id}`, {
      token: editor,
      body: { to: { type: 'custom', url: '//evil.example' } },
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('to.url: ')
    const stored = await payload.findByID({ collection: 'redirects', id })
    expect(stored.to?.url).toBe('/about-us')
  })

  it.each(['/about-us', '/articles/emotional-intimacy?from=old', 'https://example.org/elsewhere'])(
    'accepts %j',
    async (url) => {
      const answer = await rest('POST', '/redirects', {
        token: editor,
        body: { from: from(), to: { type: 'custom', url }, type: '302' },
      })
      expect(answer.status).toBe(201)
    },
  )

  it('refuses an old address that is not a site path, naming from', async () => {
    const answer = await rest('POST', '/redirects', {
      token: editor,
      body: { from: 'https://elsewhere.example/page', to: { type: 'custom', url: '/about-us' }, type: '301' },
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('from: ')
  })
})
