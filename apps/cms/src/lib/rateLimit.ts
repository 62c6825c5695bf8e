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
  /**
   * Sign-in attempts at one account from one client address (both auth collections): ten tries, then
   * that address waits. Another address (the account's owner elsewhere) is not affected, so nobody can
   * lock someone else out; a successful sign-in clears the count.
   */
  loginPerAccountAndIp: { name: 'login:account-ip', limit: 10, windowMs: 10 * 60_000 },
} satisfies Record<string, RateLimit>

const longestWindowMs = Math.max(...Object.values(rateLimits).map((limit) => limit.windowMs))
/** The share of attempts that also clear every key's expired attempts. */
const PRUNE_SHARE = 0.05

const hmac = (name: string, subject: string) =>
  createHmac('sha256', env.PAYLOAD_SECRET).update(`${name}:${subject}`).digest('hex')

/**
 * The row key of `subject` under a limit: one HMAC, or with a `scope` (an account) the scope's HMAC, a
 * dot and the subject's, so that every row of one account can be found (and cleared) without storing it.
 */
const keyOf = (name: string, subject: string, scope?: string) =>
  scope === undefined ? hmac(name, subject) : `${hmac(name, scope)}.${hmac(name, subject)}`

/**
 * Counts one attempt against `limit` and says whether it may go ahead. Attempts are rows in the CMS's
 * database (keyed by an HMAC, so no address or IP is stored in the clear), which every CMS instance
 * shares: the limit holds however many web or CMS instances there are. Each attempt is inserted before
 * counting the attempts up to and including it, so concurrent attempts see each other, none slips
 * through, and none is refused for one that came after it. Once a key is over its limit, further
 * attempts are counted without writing: a script hammering a refused form adds no rows.
 */
export async function hitRateLimit(
  payload: Payload,
  { name, limit, windowMs }: RateLimit,
  subject: string,
  scope?: string,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const key = keyOf(name, subject, scope)
  const since = new Date(Date.now() - windowMs).toISOString()
  const refused = { allowed: false, retryAfterSeconds: Math.ceil(windowMs / 1000) }
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
  const counted = await payload.count({
    collection: collections.rateLimitHits,
    where: { and: [{ key: { equals: key } }, { createdAt: { greater_than_equal: since } }] },
    overrideAccess: true,
  })
  if (counted.totalDocs >= limit) return refused
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
  return totalDocs <= limit ? { allowed: true, retryAfterSeconds: refused.retryAfterSeconds } : refused
}

/**
 * Forgets attempts under `limit`: of `subject` in `scope`, or of every subject in `scope` (a sign-in
 * that succeeded clears its own address's count; an admin's unlock clears the account's).
 */
export async function clearRateLimit(
  payload: Payload,
  { name }: RateLimit,
  scope: string,
  subject?: string,
): Promise<void> {
  const where =
    subject === undefined
      ? { key: { like: `${hmac(name, scope)}.` } }
      : { key: { equals: keyOf(name, subject, scope) } }
  await payload.delete({ collection: collections.rateLimitHits, where, overrideAccess: true })
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
