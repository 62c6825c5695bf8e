import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '../lib/clientIp'
import { loginAccount } from '../lib/loginAccount'
import { hitRateLimit, rateLimits } from '../lib/rateLimit'

const derive = promisify(pbkdf2)
/** Payload 3.90's current password hash (`pbkdf2-sha256-v1`): what checking a known account costs. */
const HASH_ITERATIONS = 600_000
const HASH_BYTES = 32

/**
 * Before every sign-in (both auth collections): at most ten attempts at one account from one client
 * address per ten minutes (Payload's own lockout, per account from anywhere, let anyone lock anyone
 * out, so it is off), and the same work for an unknown email as for a known one. Payload answers an
 * unknown email without hashing, in ~3 ms against ~105 ms, which told anyone which emails have
 * accounts; here an unknown email costs one password hash of the same parameters, then Payload refuses
 * it with the same 401 as a wrong password.
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (!email) return args
  const attempt = await hitRateLimit(
    req.payload,
    rateLimits.loginPerAccountAndIp,
    clientIp(req.headers),
    loginAccount(collection.slug, email),
  )
  if (!attempt.allowed)
    throw new APIError(
      `email: too many sign-in attempts for this account from your address; try again in ${Math.ceil(attempt.retryAfterSeconds / 60)} minutes`,
      429,
    )
  const known = await req.payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  if (!known) {
    const password = typeof data?.password === 'string' ? data.password : ''
    await derive(password, 'an unknown account', HASH_ITERATIONS, HASH_BYTES, 'sha256')
  }
  return args
}
