import type { CollectionAfterLoginHook } from 'payload'

import { clientIp } from '../lib/clientIp'
import { loginAccount } from '../lib/loginAccount'
import { clearRateLimit, rateLimits } from '../lib/rateLimit'

/** A successful sign-in clears its address's count of attempts at that account (see guardLogin). */
export const forgetLoginAttempts: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const email = (user as { email?: unknown }).email
  if (typeof email === 'string')
    await clearRateLimit(
      req.payload,
      rateLimits.loginPerAccountAndIp,
      loginAccount(collection.slug, email),
      clientIp(req.headers),
    )
}
