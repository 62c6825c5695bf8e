import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { NextConfig } from 'next'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: rootDir,
  turbopack: { root: rootDir },
  poweredByHeader: false,
  async redirects() {
    // `/` is served by the `/home/latest` route (see rewrites); that internal path is never a second address.
    return [{ source: '/home/:edition*', destination: '/', permanent: true }]
  },
  async rewrites() {
    return {
      // A dynamic route renders on first request and is then cached (ISR), so `next build` never needs
      // the CMS to be up. `/` itself would be prerendered at build time, hence this rewrite.
      beforeFiles: [{ source: '/', destination: '/home/latest' }],
      afterFiles: [],
      fallback: [],
    }
  },
}

export default nextConfig
