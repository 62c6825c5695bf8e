import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { securityHeaders } from '@haven/schemas/security-headers'
import type { NextConfig } from 'next'

import { buildEnv } from './src/build-env'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Hosts the image optimizer may fetch uploads from: the CMS as configured at build time, plus the
 * addresses it has in development and in docker-compose (any port).
 */
const cmsHosts = [
  ...new Set([safeHost(buildEnv.cmsUrl), 'localhost', '127.0.0.1', 'cms'].filter(Boolean)),
] as string[]

function safeHost(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null
  } catch {
    return null
  }
}

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * With REDIS_URL (at build and at start), every instance shares one ISR cache (see cache-handler.mjs).
 * With EDGE_URL, the handler (Redis or Next's own) also hands each page's cache tags to its response
 * for the edge cache (see edge-cache-handler.mjs).
 */
const redisCache: Partial<NextConfig> = {
  ...(buildEnv.edgeUrl
    ? { cacheHandler: path.join(here, 'edge-cache-handler.mjs') }
    : buildEnv.redisUrl
      ? { cacheHandler: path.join(here, 'cache-handler.mjs') }
      : {}),
  // Next's own per-process memory cache would keep serving what another instance has revalidated.
  ...(buildEnv.redisUrl ? { cacheMaxMemorySize: 0 } : {}),
}

const nextConfig: NextConfig = {
  ...redisCache,
  // Several servers on one machine each serve their own copy of the build (Next keeps ISR pages and CMS
  // reads inside it): `next start` with NEXT_DIST_DIR=<copy of .next>, a path inside the repository.
  distDir: buildEnv.distDir,
  output: buildEnv.output,
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
  async headers() {
    // Fixed at build time (they go into the routes manifest), like the image hosts above: build with the
    // WEB_URL the site will be served at, or an https site goes without HSTS.
    // A draft preview (Next's draft-mode cookie set) and the route that starts one may be framed by the
    // CMS admin, whose Live Preview shows the page beside the editor; nothing else may be framed.
    const draftMode = [{ type: 'cookie' as const, key: '__prerender_bypass' }]
    const { webUrl, dev } = buildEnv
    const preview = securityHeaders(webUrl, { dev, framedBy: buildEnv.cmsUrl || 'http://localhost:3001' })
    return [
      { source: '/:path*', missing: draftMode, headers: securityHeaders(webUrl, { dev }) },
      { source: '/:path*', has: draftMode, headers: preview },
      { source: '/api/preview', headers: preview },
    ]
  },
  async redirects() {
    return [
      // `/` is served by the `/home/latest` route (see rewrites); that internal path is never a second address.
      { source: '/home/:edition*', destination: '/', permanent: true },
      // Likewise the sitemap, robots.txt and the feed are served by `/feeds/{file}`; an unknown file
      // lands on the site's own 404 page.
      { source: '/feeds/:file*', destination: '/:file*', permanent: true },
      // A topic hub's later pages are served by `/topic-pages/{page}/{path}` (see rewrites): never an address.
      {
        source: '/topic-pages/:page/:path*',
        destination: '/topics/:path*?page=:page',
        permanent: true,
      },
    ]
  },
  async rewrites() {
    return {
      // A dynamic route renders on first request and is then cached (ISR), so `next build` never needs
      // the CMS to be up. `/` itself would be prerendered at build time, hence this rewrite.
      beforeFiles: [
        // WordPress's query-string addresses (`/?p=12`), kept as redirects by the importer: `/` alone
        // is a cached page that never reads the query, so these are routed to a page that does.
        ...['p', 'page_id', 'attachment_id'].map((key) => ({
          source: '/',
          has: [{ type: 'query' as const, key, value: '(?<id>\\d+)' }],
          destination: `/old-address/${key}/:id`,
        })),
        { source: '/', destination: '/home/latest' },
        // `?page=N` of a topic hub: each page its own cached route, where reading the query would make
        // the hub render on every request.
        {
          source: '/topics/:path*',
          has: [{ type: 'query' as const, key: 'page', value: '(?<page>[1-9]\\d{0,5})' }],
          destination: '/topic-pages/:page/:path*',
        },
        ...['sitemap.xml', 'robots.txt', 'feed.xml'].map((file) => ({
          source: `/${file}`,
          destination: `/feeds/${file}`,
        })),
      ],
      afterFiles: [],
      fallback: [],
    }
  },
}

export default nextConfig
