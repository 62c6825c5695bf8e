import { timingSafeEqual } from 'node:crypto'

import { CLIENT_ADDRESS_HEADER } from '@haven/node'

import { env } from '../env'

/** Set by the web app when it forwards a reader's form; trusted only with the shared secret. */
export const CLIENT_IP_HEADER = 'x-haven-client-ip'
export const FORWARD_SECRET_HEADER = 'x-haven-forward-secret'

/**
 * The reader's IP address for rate limiting. The web app forwards forms from its own server, so its
 * address is the same for everyone: it passes the reader's address in a header, believed only with the
 * shared secret. Otherwise the address this server's socket (or a trusted proxy) saw, stamped on the
 * request at start-up (instrumentation-node.ts); `X-Forwarded-For` as sent is never believed.
 */
export function clientIp(headers: Headers): string {
  const secret = headers.get(FORWARD_SECRET_HEADER)
  const forwarded = headers.get(CLIENT_IP_HEADER)
  if (secret && forwarded && sameSecret(secret, env.REVALIDATE_SECRET)) return forwarded.trim()
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
