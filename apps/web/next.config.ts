import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { NextConfig } from 'next'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Hosts the image optimizer may fetch uploads from: the CMS as configured at build time, plus the
 * addresses it has in development and in docker-compose (any port).
 */
const cmsHosts = [
  ...new Set([safeHost(process.env.CMS_URL), 'localhost', '127.0.0.1', 'cms'].filter(Boolean)),
] as string[]

function safeHost(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null
  } catch {
    return null
  }
}

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: rootDir,
  turbopack: { root: rootDir },
  poweredByHeader: false,
  images: {
    remotePatterns: cmsHosts.flatMap((hostname) => [
      { protocol: 'http' as const, hostname, pathname: '/api/media/file/**' },
      { protocol: 'https' as const, hostname, pathname: '/api/media/file/**' },
    ]),
    // The optimizer refuses private addresses unless told otherwise; the CMS lives on one.
    dangerouslyAllowLocalIP: true,
  },
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
