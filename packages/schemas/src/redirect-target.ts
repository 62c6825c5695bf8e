import { safeSitePath, SITE_PATH_RULE } from './site-path'

/**
 * Where a redirect may send a reader: an https URL, a path on this site that starts with exactly one
 * `/`, or an address on one of the site's own origins (`ownOrigins`: the reader site and the CMS, which
 * serves media files; on a development machine they are http). Browsers treat `//host`, `/\host`
 * and paths with tabs or newlines as another host, and follow `javascript:` and `data:` as code, so
 * those are refused; a site path passes only if `safeSitePath` (the preview routes' rule) keeps it.
 * The CMS checks it when an editor saves a redirect, the web app again before answering with a
 * `Location`.
 */
export function redirectTargetProblem(value: unknown, ownOrigins: readonly string[] = []): string | null {
  if (typeof value !== 'string' || value === '') return 'is required'
  // Whitespace, control characters and backslashes: a browser may strip or reinterpret them.
  const unsafe = [...value].some((c) => c <= ' ' || c === '\u007f' || c === '\\' || /\s/.test(c))
  if (unsafe) return 'must not contain spaces, control characters or backslashes'
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return 'a site path starts with a single "/" ("//host" is another site)'
    // The preview routes' rule: whatever else a browser would read as another host is refused too.
    return safeSitePath(value) ? null : SITE_PATH_RULE
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is neither a site path starting with "/" nor an https:// URL`
  }
  if (ownOrigins.some((origin) => originOf(origin) === url.origin)) return null
  if (url.protocol !== 'https:')
    return `must be a site path starting with "/" or an https:// URL (got ${url.protocol})`
  return null
}

function originOf(address: string): string | null {
  try {
    return new URL(address).origin
  } catch {
    return null
  }
}
