import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import { env } from '../env'
import { collections } from '../slugs'

export type RateLimit = { name: string; limit: number; windowMs: number }

/** Limits of the reader-facing forms. Generous for people, tight for scripts. */
export const rateLimits = {
  subscribePerIp: { name: 'subscribe:ip', limit: 10, windowMs: 10 * 60_000 },
  subscribePerAddress: { name: 'subscribe:address', limit: 3, windowMs: 60 * 60_000 },
  tokenPerIp: { name: 'token:ip', limit: 20, windowMs: 10 * 60_000 },
  formPerIp: { name: 'form:ip', limit: 5, windowMs: 10 * 60_000 },
  formPerAddress: { name: 'form:address', limit: 5, windowMs: 60 * 60_000 },
} satisfies Record<string, RateLimit>

/**
 * Counts one attempt against `limit` and says whether it may go ahead. Attempts are rows in the CMS's
 * database (keyed by an HMAC, so no address or IP is stored in the clear), which every CMS instance
 * shares: the limit holds however many web or CMS instances there are. Each attempt is inserted before
 * counting, so concurrent attempts see each other and none slips through.
 */
export async function hitRateLimit(
  payload: Payload,
  { name, limit, windowMs }: RateLimit,
  subject: string,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const key = createHmac('sha256', env.PAYLOAD_SECRET).update(`${name}:${subject}`).digest('hex')
  const since = new Date(Date.now() - windowMs).toISOString()
  await payload.delete({
    collection: collections.rateLimitHits,
    where: { and: [{ key: { equals: key } }, { createdAt: { less_than: since } }] },
    overrideAccess: true,
  })
  await payload.create({ collection: collections.rateLimitHits, data: { key }, overrideAccess: true })
  const { totalDocs } = await payload.count({
    collection: collections.rateLimitHits,
    where: { and: [{ key: { equals: key } }, { createdAt: { greater_than_equal: since } }] },
    overrideAccess: true,
  })
  return { allowed: totalDocs <= limit, retryAfterSeconds: Math.ceil(windowMs / 1000) }
}
