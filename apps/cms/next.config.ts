import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { securityHeaders } from '@haven/schemas/security-headers'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { buildEnv } from './src/build-env'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  output: buildEnv.output,
  outputFileTracingRoot: rootDir,
  turbopack: { root: rootDir },
  poweredByHeader: false,
  images: { unoptimized: false },
  async headers() {
    // Fixed at build time (they go into the routes manifest), as on the reader site: build with the
    // CMS_URL the CMS will be served at, or an https CMS goes without HSTS. When several entries set
    // a header, the last one that matches wins: the admin's policy, then the API's, then the files'.
    // The admin may frame the reader site (Live Preview of a draft beside the editor).
    const { cmsUrl, webUrl, dev } = buildEnv
    return [
      { source: '/:path*', headers: securityHeaders(cmsUrl, { dev, policy: 'cms-admin', mayFrame: webUrl }) },
      { source: '/api/:path*', headers: securityHeaders(cmsUrl, { dev, policy: 'cms-api' }) },
      { source: '/api/media/file/:path*', headers: securityHeaders(cmsUrl, { dev, policy: 'cms-media' }) },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
