/**
 * The security headers of every response of both apps: the reader site and the CMS (admin, REST,
 * GraphQL and media files), applied by each app's `next.config.ts` (`headers()`). One builder, so the
 * two apps cannot drift apart; each kind of response gets its own Content-Security-Policy. Pure, so
 * the policies are unit-tested; they depend only on whether the public address is https.
 */

export type SecurityHeader = { key: string; value: string }

/**
 * - `reader`: the reader site's pages.
 * - `cms-admin`: Payload's admin (a Next.js app like the reader site, with its own needs).
 * - `cms-api`: REST and GraphQL answers (JSON): nothing in them may run, load or be framed.
 * - `cms-media`: uploaded files, opened directly: an SVG must not run scripts or load anything.
 */
export type SecurityPolicy = 'reader' | 'cms-admin' | 'cms-api' | 'cms-media'

type Directive = [string, ...string[]]

type Framing = {
  /** Reader pages: the origin that may frame them (the CMS admin's Live Preview, for draft previews). */
  framedBy?: string | undefined
  /** The admin: the origin it may frame (the reader site, in Live Preview). */
  mayFrame?: string | undefined
}

function directives(
  policy: SecurityPolicy,
  { https, dev, framedBy, mayFrame }: { https: boolean; dev: boolean } & Framing,
): Directive[] {
  const upgrade: Directive[] = https ? [['upgrade-insecure-requests']] : []
  switch (policy) {
    case 'reader':
      return [
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
        // Only a draft preview may be framed, and only by the admin (Live Preview beside the editor).
        ['frame-ancestors', framedBy ? new URL(framedBy).origin : "'none'"],
        ['base-uri', "'self'"],
        ['form-action', "'self'"],
        ['object-src', "'none'"],
        ...upgrade,
      ]
    case 'cms-admin':
      return [
        ['default-src', "'self'"],
        // Payload's admin is a Next.js app: inline bootstrap scripts and inline styles (its UI library
        // sets styles on elements), as on the reader site; `next dev` also evaluates code and talks to
        // its hot-reload socket.
        ['script-src', "'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
        ['style-src', "'self'", "'unsafe-inline'"],
        // Upload previews are the CMS's own files, or blob:/data: URLs of a file being chosen.
        ['img-src', "'self'", 'data:', 'blob:'],
        ['font-src', "'self'", 'data:'],
        ['connect-src', "'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        ['worker-src', "'self'", 'blob:'],
        // Nothing frames the admin, the reader site included; the admin frames the reader site for
        // Live Preview (the draft beside the editor), never the other way round.
        ['frame-src', "'self'", ...(mayFrame ? [new URL(mayFrame).origin] : [])],
        ['frame-ancestors', "'none'"],
        ['base-uri', "'self'"],
        ['form-action', "'self'"],
        ['object-src', "'none'"],
        ...upgrade,
      ]
    case 'cms-api':
      // JSON is data: opened in a browser tab it may neither run nor load anything, nor be framed.
      return [
        ['default-src', "'none'"],
        ['frame-ancestors', "'none'"],
        ['base-uri', "'none'"],
        ['form-action', "'none'"],
      ]
    case 'cms-media':
      // An image opened on its own: it may show itself (and an SVG its inline styles), nothing more.
      return [
        ['default-src', "'none'"],
        ['img-src', "'self'", 'data:'],
        ['style-src', "'unsafe-inline'"],
        ['frame-ancestors', "'none'"],
        ['base-uri', "'none'"],
        ['form-action', "'none'"],
        ['sandbox'],
      ]
  }
}

/**
 * The headers for responses of `policy` from a site served at `publicUrl`. `dev` loosens the policy
 * only as far as `next dev` needs (React's development build evaluates code for its error overlays
 * and stack traces).
 */
export function securityHeaders(
  publicUrl: string,
  {
    dev = false,
    policy = 'reader',
    framedBy,
    mayFrame,
  }: { dev?: boolean; policy?: SecurityPolicy } & Framing = {},
): SecurityHeader[] {
  const https = new URL(publicUrl).protocol === 'https:'
  const csp = directives(policy, { https, dev, framedBy, mayFrame })
  return [
    { key: 'Content-Security-Policy', value: csp.map((directive) => directive.join(' ')).join('; ') },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // X-Frame-Options cannot name an origin: a page the admin may frame has only `frame-ancestors`.
    ...(framedBy ? [] : [{ key: 'X-Frame-Options', value: 'DENY' }]),
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
    },
    // Only an https site may pin browsers to https; on http (development, tests) the header is ignored
    // at best and would lock localhost out of plain http at worst.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
