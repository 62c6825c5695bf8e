/**
 * The security headers of every response of the reader site (applied in next.config.ts). Pure, so the
 * policy is unit-tested; it depends only on whether the public address is https.
 */

export type SecurityHeader = { key: string; value: string }

/**
 * The headers for a site served at `webUrl`. `dev` loosens the policy only as far as `next dev` needs
 * (React's development build evaluates code for its error overlays and stack traces).
 */
export function securityHeaders(webUrl: string, { dev = false }: { dev?: boolean } = {}): SecurityHeader[] {
  const https = new URL(webUrl).protocol === 'https:'
  const csp: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Next.js bootstraps each page with inline scripts. A per-request nonce would allow them strictly,
    // but reader pages are static and served from the cache to every reader, so there is no request to
    // make a nonce for: inline scripts are allowed instead, and scripts from other origins are not.
    ['script-src', "'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // next/font and next/image write inline styles.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Images come through the site's own optimizer (/_next/image); placeholders are data: and blob: URLs.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The click-to-load video (VideoPreview) and nothing else may be framed.
    ['frame-src', 'https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
    ...(https ? [['upgrade-insecure-requests'] as [string]] : []),
  ]
  return [
    { key: 'Content-Security-Policy', value: csp.map((directive) => directive.join(' ')).join('; ') },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
    },
    // Only an https site may pin browsers to https; on http (development, tests) the header is ignored
    // at best and would lock localhost out of plain http at worst.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
