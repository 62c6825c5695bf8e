/**
 * The per-user half of draft mode. Next's own draft-mode cookie (`__prerender_bypass`) holds one value
 * per build, the same for every visitor and valid until the next deploy: whoever has seen it once can
 * present it forever. So the preview route also sets this cookie, signed with a key derived from
 * REVALIDATE_SECRET, naming the staff user, bound to their CMS session (a digest of their
 * `payload-token`) and expiring after {@link DRAFT_SESSION_SECONDS}. Draft reads need it, that same
 * CMS session, and the CMS's word that the session is still a staff member's (see preview.ts).
 * Hand-written (not a JWT library): three fields and one HMAC, checked in constant time.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** The cookie's name: httpOnly, SameSite=Lax, Secure on https. */
export const DRAFT_SESSION_COOKIE = 'haven-draft-session'
/** How long a preview lasts before the editor must open it from the CMS again. */
export const DRAFT_SESSION_SECONDS = 60 * 60

/** A key for this purpose only, so a draft-session signature can never pass as another HMAC of the secret. */
const keyOf = (secret: string) => createHmac('sha256', secret).update('haven draft session v1').digest()

/** Names the CMS session without carrying it: the cookie never holds the token itself. */
const sessionDigest = (cmsToken: string) => createHash('sha256').update(cmsToken).digest('base64url')

const mac = (secret: string, payload: string) =>
  createHmac('sha256', keyOf(secret)).update(payload).digest('base64url')

/** The cookie's value for `userId`'s preview with CMS session `cmsToken`, valid until `expiresAt` (s). */
export function draftSessionValue(
  { userId, cmsToken, expiresAt }: { userId: string | number; cmsToken: string; expiresAt: number },
  secret: string,
): string {
  const payload = `${encodeURIComponent(String(userId))}.${Math.floor(expiresAt)}.${sessionDigest(cmsToken)}`
  return `${payload}.${mac(secret, payload)}`
}

/**
 * The user a draft-session cookie was issued to, when its signature holds, it has not expired at
 * `now` (s) and it was issued for CMS session `cmsToken`; otherwise `null`.
 */
export function verifyDraftSession(
  value: string | undefined,
  { cmsToken, now }: { cmsToken: string | undefined; now: number },
  secret: string,
): { userId: string } | null {
  if (!value || !cmsToken || value.length > 512) return null
  const parts = value.split('.')
  if (parts.length !== 4) return null
  const [user, expires, digest, signature] = parts as [string, string, string, string]
  const expected = Buffer.from(mac(secret, `${user}.${expires}.${digest}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (!/^\d+$/.test(expires) || Number(expires) <= now) return null
  const session = Buffer.from(sessionDigest(cmsToken))
  const bound = Buffer.from(digest)
  if (bound.length !== session.length || !timingSafeEqual(bound, session)) return null
  try {
    return { userId: decodeURIComponent(user) }
  } catch {
    return null
  }
}
