// Imported at server start only: a bad variable stops the server with one clear line, not on the first request.
try {
  await import('./env')
} catch (error) {
  console.error(`Haven CMS cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

// Per-IP rate limits count the socket's peer (or the trusted proxy's view of it), never a header a
// client typed (see @haven/node client-address.ts).
const [{ env }, { installClientAddress }] = await Promise.all([import('./env'), import('@haven/node')])
installClientAddress(env.TRUSTED_PROXY_HOPS)

export {}
