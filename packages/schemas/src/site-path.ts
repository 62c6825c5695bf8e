/**
 * A path on this site, safe to send as a `Location`: what routes that redirect to a path they were
 * given (`/api/preview`, `/api/preview/exit`) accept. Browsers read `/\host` and `/<tab>/host` as
 * `//host`, another site, so a prefix check on the raw text is not enough: the path is parsed as a
 * browser would (WHATWG URL, which drops tabs and newlines and reads `\` as `/`) against a stand-in
 * origin, and only a result on that same origin is accepted, re-serialized (percent-encoded).
 */

/** How long a path may be, in characters. */
export const SITE_PATH_MAX_LENGTH = 2048

/** Why a path is refused, worded to follow the parameter's name (`path: must …`). */
export const SITE_PATH_RULE = 'must be a path on this site, like /articles/slug'

// `.invalid` is reserved (RFC 2606): no real host can be confused with it.
const STAND_IN_ORIGIN = 'https://haven-site-path.invalid'

/**
 * `input` as a same-site path (`/articles/x?y#z`, percent-encoded), or `null` when it is not one:
 * not starting with a single `/`, holding a backslash, whitespace or control character anywhere,
 * longer than {@link SITE_PATH_MAX_LENGTH}, or resolving to another origin.
 */
export function safeSitePath(input: string | null | undefined): string | null {
  if (typeof input !== 'string' || input.length > SITE_PATH_MAX_LENGTH) return null
  if (!input.startsWith('/') || input.startsWith('//')) return null
  // Refused outright rather than repaired: browsers drop some of these and reread others as `/`.
  if (/[\\\s]/.test(input) || [...input].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f'))
    return null
  let url: URL
  try {
    url = new URL(input, STAND_IN_ORIGIN)
  } catch {
    return null
  }
  if (url.origin !== STAND_IN_ORIGIN) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  return path.startsWith('//') ? null : path
}
