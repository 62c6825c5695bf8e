import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A fresh random token for a link in an email: only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * The unsubscribe token of a subscriber: an HMAC of their id, so every message can carry a working
 * one-click link without a reusable secret being stored next to the address.
 */
export function unsubscribeToken(secret: string, subscriberId: string | number): string {
  const id = String(subscriberId)
  const mac = createHmac('sha256', secret).update(`unsubscribe:${id}`).digest('base64url')
  return `${Buffer.from(id).toString('base64url')}.${mac}`
}

/** The subscriber id an unsubscribe token was made for, or `null` if it is not one of ours. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [encodedId, mac] = token.split('.')
  if (!encodedId || !mac) return null
  const id = Buffer.from(encodedId, 'base64url').toString()
  const expected = unsubscribeToken(secret, id).split('.')[1]!
  const a = Buffer.from(mac)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b) ? id : null
}
