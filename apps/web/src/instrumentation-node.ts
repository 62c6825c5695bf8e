// Imported at server start only: a bad variable stops the server with one clear line, not on the first request.
try {
  await import('./env')
} catch (error) {
  console.error(`Haven web cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

// The client-address stamp, the 503 for a CMS outage and byte bodies, in the order
// lib/http-patches/install.ts explains.
const [{ env }, { installHttpPatches }] = await Promise.all([
  import('./env'),
  import('./lib/http-patches/install'),
])
installHttpPatches({ trustedProxyHops: env.TRUSTED_PROXY_HOPS, edgeKeys: Boolean(env.EDGE_URL) })

export {}
