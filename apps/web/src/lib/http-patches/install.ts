/**
 * The patches of Node's HTTP server that the web app's process runs with, installed once at
 * start-up (instrumentation-node.ts), in this order:
 *
 * 1. **Client address** (`@haven/node`, patches `http.Server#emit`): every request is stamped with
 *    the address of the client it came from before Next.js sees it, so per-IP limits never trust a
 *    header the client typed. It works on requests, not responses, and must be in place before the
 *    first request arrives; it is independent of the other two.
 * 2. **503 for a CMS outage** (`unavailable-status.ts`, patches `writeHead`, `getHeader`, `write`,
 *    `end`): turns a 500 sent just after a failed CMS read into a 503 and writes the page's words
 *    into Next's error shell.
 * 3. **String bodies as bytes** (`string-bodies.ts`, patches `write`, `end`): installed last, so its
 *    wrappers run first on every write. A cached page's HTML arrives as the same string object each
 *    time; converting it before (2) looks at it means the bytes are found by that identity in the
 *    memo and (2) splices its markup into bytes. In the other order (2) would hand (3) a new string
 *    per 503, each encoded again and remembered, crowding cached pages' bytes out of the memo.
 *
 * With EDGE_URL, a fourth, **edge keys** (`edge-keys.ts`, patches `http.Server#emit` like (1)), runs each
 * request in a context where the cache handler can add the page's cache tags to its `xkey` header.
 */
import { installClientAddress } from '@haven/node'

import { installEdgeKeys } from './edge-keys'
import { installStringBodies } from './string-bodies'
import { installUnavailableStatus } from './unavailable-status'

/** Installs the web server's patches of `node:http` in their order (see above); calling it again does nothing. */
export function installHttpPatches({
  trustedProxyHops,
  edgeKeys = false,
}: {
  trustedProxyHops: number
  /** Behind the edge cache (EDGE_URL): copy each page's cache tags into its `xkey` header. */
  edgeKeys?: boolean
}): void {
  installClientAddress(trustedProxyHops)
  // Opens the per-request context the cache handler writes tags into; works on the request event only.
  if (edgeKeys) installEdgeKeys()
  installUnavailableStatus()
  installStringBodies()
}
