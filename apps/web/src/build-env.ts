/**
 * What `next.config.ts` reads from the environment: the values a build bakes in (the image optimizer's
 * hosts, the security headers, the cache handler, standalone output). Apart from `env.ts` because
 * that one requires the run-time secret, which `next build` and `next typegen` (a fresh clone's
 * typecheck) do not have; the server validates its whole environment again at start-up
 * (`instrumentation-node.ts`). Lenient on purpose: a value a build cannot use falls back as before.
 */
export const buildEnv = {
  /** Where the build lives: a copy per server when several run on one machine (`NEXT_DIST_DIR`). */
  distDir: process.env.NEXT_DIST_DIR || '.next',
  /** `standalone` for the Docker image (`NEXT_OUTPUT=standalone`); otherwise the ordinary build. */
  output: process.env.NEXT_OUTPUT === 'standalone' ? ('standalone' as const) : undefined,
  /** The CMS's public address, whose host the image optimizer may fetch uploads from. */
  cmsUrl: process.env.CMS_URL,
  /** The address the site is served at, for the security headers (HSTS on https). */
  webUrl: process.env.WEB_URL || 'http://localhost:3000',
  /** With REDIS_URL at build and at start, every instance shares one ISR cache (cache-handler.mjs). */
  redisUrl: process.env.REDIS_URL || undefined,
  /** With EDGE_URL at build and at start, pages carry their cache tags for the edge cache (edge-cache-handler.mjs). */
  edgeUrl: process.env.EDGE_URL || undefined,
  dev: process.env.NODE_ENV === 'development',
}
