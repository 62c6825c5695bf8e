import path from 'node:path'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The bare Next.js baseline of the benchmarks: the smallest App Router app, built and served with the
 * repository's own `next` and `react` (resolved from the root node_modules; this folder is no workspace).
 */
const nextConfig = {
  outputFileTracingRoot: rootDir,
  turbopack: { root: rootDir },
  poweredByHeader: false,
}

export default nextConfig
