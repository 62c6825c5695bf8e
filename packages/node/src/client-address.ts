/**
 * The address of the client a request came from, for per-IP rate limits. Neither `X-Forwarded-For`
 * nor any other request header can be believed as it arrives: Next.js keeps a client's own
 * `X-Forwarded-For` and only fills it in when it is missing, so anyone could pick a fresh "address"
 * for every request. The server's socket knows the peer; with `TRUSTED_PROXY_HOPS` proxies in front
 * (each appending the address it saw), the client is that many entries from the end of the chain.
 *
 * `installClientAddress` stamps the result on every incoming request as {@link CLIENT_ADDRESS_HEADER},
 * overwriting whatever the client sent under that name, before Next.js (or Payload) sees it.
 */
import { Server, type IncomingMessage } from 'node:http'

/** Set on every request by {@link installClientAddress}; never taken from the client. */
export const CLIENT_ADDRESS_HEADER = 'x-haven-client-address'

const normalize = (address: string): string => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/**
 * The client's address, given the socket's peer, the `X-Forwarded-For` header(s) and how many
 * proxies in front of this server are trusted. With none the peer is the client; with `n` the
 * client is the address the outermost trusted proxy saw: `n` entries from the end of
 * `[...forwardedFor, peer]`. A chain shorter than that (a misconfigured count) gives its first entry.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map(normalize)
    .filter(Boolean)
  const chain = [...listed, normalize(peer ?? '') || 'unknown']
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!
}

const installed = Symbol.for('haven.clientAddress.installed')

/**
 * Makes every `node:http` server of this process stamp {@link CLIENT_ADDRESS_HEADER} on its requests
 * (see {@link clientAddress}). Both apps call it at start-up (instrumentation); calling it again does
 * nothing. Written by hand because neither Next.js nor Payload exposes the socket's peer to route
 * handlers, and a proxy setting in front cannot be assumed (`npm start` and docker-compose have none).
 */
export function installClientAddress(trustedHops: number): void {
  const proto = Server.prototype as Server & { [installed]?: boolean }
  if (proto[installed]) return
  proto[installed] = true
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const request = args[0] as IncomingMessage
      request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
        request.socket?.remoteAddress,
        request.headers['x-forwarded-for'],
        trustedHops,
      )
    }
    return emit.call(this, event, ...args)
  } as Server['emit']
}
