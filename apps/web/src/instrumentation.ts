/** Validates the environment when the server starts (Node.js runtime only; see instrumentation-node.ts). */
export async function register(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- Next.js replaces this literal at build time, which drops the Node-only import from the edge bundle; read through env.ts it could not.
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node')
}
