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
  /** The same answers to the same form are stored once a day (a double click, a resent page). */
  formDuplicate: { name: 'form:duplicate', limit: 1, windowMs: 24 * 60 * 60_000 },
} satisfies Record<string, RateLimit>

const longestWindowMs = Math.max(...Object.values(rateLimits).map((limit) => limit.windowMs))
/** The share of attempts that also clear every key's expired attempts. */
const PRUNE_SHARE = 0.05

const keyOf = (name: string, subject: string) =>
  createHmac('sha256', env.PAYLOAD_SECRET).update(`${name}:${subject}`).digest('hex')

/**
 * Counts one attempt against `limit` and says whether it may go ahead. Attempts are rows in the CMS's
 * database (keyed by an HMAC, so no address or IP is stored in the clear), which every CMS instance
 * shares: the limit holds however many web or CMS instances there are. Each attempt is inserted before
 * counting the attempts up to and including it, so concurrent attempts see each other, none slips
 * through, and none is refused for one that came after it.
 */
export async function hitRateLimit(
  payload: Payload,
  { name, limit, windowMs }: RateLimit,
  subject: string,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const key = keyOf(name, subject)
  const since = new Date(Date.now() - windowMs).toISOString()
  // This key's old attempts go now; now and then, everyone's expired ones (keys never seen again).
  const expired = Math.random() < PRUNE_SHARE ? longestWindowMs : windowMs
  await payload.delete({
    collection: collections.rateLimitHits,
    where: {
      and: [
        ...(expired === windowMs ? [{ key: { equals: key } }] : []),
        { createdAt: { less_than: new Date(Date.now() - expired).toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  const hit = await payload.create({
    collection: collections.rateLimitHits,
    data: { key },
    overrideAccess: true,
  })
  // This attempt's place in line: attempts made at the same moment are ranked by their row ids, so
  // with a limit of one exactly one of them goes ahead.
  const { totalDocs } = await payload.count({
    collection: collections.rateLimitHits,
    where: {
      and: [
        { key: { equals: key } },
        { createdAt: { greater_than_equal: since } },
        { id: { less_than_equal: hit.id } },
      ],
    },
    overrideAccess: true,
  })
  return { allowed: totalDocs <= limit, retryAfterSeconds: Math.ceil(windowMs / 1000) }
}

/** Takes back the newest attempt counted for `subject`: for an attempt whose work then failed. */
export async function releaseRateLimit(
  payload: Payload,
  { name }: RateLimit,
  subject: string,
): Promise<void> {
  const key = keyOf(name, subject)
  const { docs } = await payload.find({
    collection: collections.rateLimitHits,
    where: { key: { equals: key } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0])
    await payload.delete({ collection: collections.rateLimitHits, id: docs[0].id, overrideAccess: true })
}
