import { redirectTarget, redirectSchema } from './redirect'
import { redirectTargetProblem } from './redirect-target'

describe('redirectTargetProblem', () => {
  it.each([
    ['/about-us'],
    ['/articles/new-slug?from=old#top'],
    ['/'],
    ['https://example.org/elsewhere'],
    ['https://example.org'],
  ])('allows %j', (target) => {
    expect(redirectTargetProblem(target)).toBeNull()
  })

  it.each([
    ['javascript:alert(1)', /https/],
    ['JavaScript:alert(1)', /https/],
    ['data:text/html,<script>alert(1)</script>', /spaces|https/],
    ['data:text/html;base64,PHNjcmlwdD4=', /https/],
    ['//evil.example', /single "\/"/],
    ['//evil.example/path', /single "\/"/],
    ['/\\evil.example', /backslash/],
    ['/\tevil.example', /control/],
    ['/\n/evil.example', /control/],
    [' /about-us', /spaces/],
    ['http://example.org', /https/],
    ['mailto:someone@example.org', /https/],
    ['evil.example', /neither a site path/],
    ['', /required/],
  ])('refuses %j', (target, message) => {
    expect(redirectTargetProblem(target)).toMatch(message)
  })
})

describe('redirectTargetProblem with the site’s own origins', () => {
  const own = ['http://localhost:3000', 'http://localhost:3001/']
  it('allows an http address on one of them (a media file on a development CMS)', () => {
    expect(redirectTargetProblem('http://localhost:3001/api/media/file/a.jpg', own)).toBeNull()
  })
  it.each([['http://localhost:3002/x'], ['http://localhost.evil.example/x'], ['http://evil.example/x']])(
    'still refuses %j',
    (target) => expect(redirectTargetProblem(target, own)).toMatch(/https/),
  )
})

describe('redirectTarget with a target saved before the rule', () => {
  const stamp = '2026-01-01T00:00:00.000Z'
  it.each([['javascript:alert(1)'], ['//evil.example'], ['data:text/html,x']])(
    'answers nothing for %j (the old address stays a 404)',
    (url) => {
      const redirect = redirectSchema.parse({
        id: 1,
        from: '/old',
        to: { type: 'custom', url },
        type: '302',
        updatedAt: stamp,
        createdAt: stamp,
      })
      expect(redirectTarget(redirect)).toBeNull()
    },
  )
})
