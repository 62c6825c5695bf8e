import type { CollectionAfterOperationHook } from 'payload'

import { loginAccount } from '../lib/loginAccount'
import { clearRateLimit, rateLimits } from '../lib/rateLimit'

/**
 * An admin's unlock (`POST /api/{collection}/unlock`, admins only) clears the account's sign-in
 * attempts from every address, so whoever was waiting may try again at once.
 */
export const unlockAccount: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  collection,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email === 'string')
    await clearRateLimit(req.payload, rateLimits.loginPerAccountAndIp, loginAccount(collection.slug, email))
  return result
}
