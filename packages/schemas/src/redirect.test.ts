import { redirectSchema, redirectTarget } from './redirect'

const stamp = '2026-01-01T00:00:00.000Z'
const redirect = (to: unknown, type = '308') =>
  redirectSchema.parse({ id: 1, from: '/articles/old-slug', to, type, updatedAt: stamp, createdAt: stamp })

describe('redirectTarget', () => {
  it('leads to the address of the referenced document', () => {
    const to = {
      type: 'reference',
      reference: { relationTo: 'articles', value: { id: 3, title: 'New', slug: 'new-slug' } },
      url: null,
    }
    expect(redirectTarget(redirect(to))).toEqual({ location: '/articles/new-slug', status: 308 })
  })

  it('leads to a custom URL with the redirect’s status', () => {
    const to = { type: 'custom', reference: null, url: 'https://example.org/elsewhere' }
    expect(redirectTarget(redirect(to, '301'))).toEqual({
      location: 'https://example.org/elsewhere',
      status: 301,
    })
  })

  it('leads nowhere when the document is not readable (only its id came back)', () => {
    const to = { type: 'reference', reference: { relationTo: 'pages', value: 4 } }
    expect(redirectTarget(redirect(to))).toBeNull()
  })
})
