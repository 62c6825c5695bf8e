import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  // Standalone output is what the Docker image runs; `npm start` uses `next start` on the same build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: rootDir,
  turbopack: { root: rootDir },
  poweredByHeader: false,
  images: { unoptimized: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
