/** @jest-environment node */
import { securityHeaders } from './security-headers'

const asRecord = (webUrl: string, options?: { dev?: boolean }) =>
  Object.fromEntries(securityHeaders(webUrl, options).map(({ key, value }) => [key, value]))

const directives = (csp: string | undefined) =>
  Object.fromEntries((csp ?? '').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('securityHeaders', () => {
  it('sends the fixed headers on any site', () => {
    expect(asRecord('http://localhost:3000')).toMatchObject({
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy':
        'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
    })
  })

  it('allows only the site’s own resources, its inline bootstrap, and the two video players', () => {
    const csp = directives(asRecord('http://localhost:3000')['Content-Security-Policy'])
    expect(csp).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
    })
  })

  it('adds HSTS and upgrade-insecure-requests only on an https site', () => {
    const http = asRecord('http://localhost:3000')
    expect(http['Strict-Transport-Security']).toBeUndefined()
    expect(http['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')

    const https = asRecord('https://haven.example')
    expect(https['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
    expect(https['Content-Security-Policy']).toMatch(/; upgrade-insecure-requests$/)
  })

  it('allows eval only for the development server', () => {
    expect(asRecord('http://localhost:3000', { dev: true })['Content-Security-Policy']).toContain(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval';",
    )
    expect(asRecord('http://localhost:3000')['Content-Security-Policy']).not.toContain('unsafe-eval')
  })

  it('lets only the admin frame a draft preview (Live Preview), and only there', () => {
    const preview = Object.fromEntries(
      securityHeaders('https://haven.example', { framedBy: 'https://cms.haven.example/admin' }).map(
        ({ key, value }) => [key, value],
      ),
    )
    expect(directives(preview['Content-Security-Policy'])['frame-ancestors']).toEqual([
      'https://cms.haven.example',
    ])
    expect(preview['X-Frame-Options']).toBeUndefined()
    const admin = securityHeaders('https://cms.haven.example', {
      policy: 'cms-admin',
      mayFrame: 'https://haven.example',
    })[0]!.value
    expect(directives(admin)['frame-src']).toEqual(["'self'", 'https://haven.example'])
    expect(directives(admin)['frame-ancestors']).toEqual(["'none'"])
  })

  it('names each header once', () => {
    const keys = securityHeaders('https://haven.example').map(({ key }) => key.toLowerCase())
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('securityHeaders of the CMS', () => {
  const policyOf = (policy: 'cms-admin' | 'cms-api' | 'cms-media', url = 'http://localhost:3001') =>
    directives(securityHeaders(url, { policy }).find(({ key }) => key === 'Content-Security-Policy')?.value)

  it('sends the same fixed headers as the reader site on every kind of response', () => {
    const reader = asRecord('https://haven.example')
    for (const policy of ['cms-admin', 'cms-api', 'cms-media'] as const) {
      const cms = Object.fromEntries(
        securityHeaders('https://cms.haven.example', { policy }).map(({ key, value }) => [key, value]),
      )
      const { 'Content-Security-Policy': _, ...fixed } = reader
      expect(cms).toMatchObject(fixed)
      expect(cms['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    }
  })

  it('lets the admin run Payload’s inline scripts and styles, and be framed by nothing', () => {
    expect(policyOf('cms-admin')).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'frame-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
    })
    const dev = securityHeaders('http://localhost:3001', { policy: 'cms-admin', dev: true })[0]!.value
    expect(dev).toContain("'unsafe-eval'")
    expect(dev).toContain("connect-src 'self' ws: wss:")
  })

  it('lets API answers and media files load and run nothing', () => {
    expect(policyOf('cms-api')['default-src']).toEqual(["'none'"])
    expect(policyOf('cms-api')['script-src']).toBeUndefined()
    expect(policyOf('cms-media')).toMatchObject({
      'default-src': ["'none'"],
      'img-src': ["'self'", 'data:'],
      sandbox: [],
    })
  })
})
