/**
 * What `next.config.ts` reads from the environment when Next.js loads it. Apart from `env.ts`, which
 * requires the run-time secrets that `next build` and `next typegen` (a fresh clone's typecheck) do
 * not have; the server validates its whole environment at start-up (`instrumentation-node.ts`).
 */
export const buildEnv = {
  /** `standalone` for the Docker image (`NEXT_OUTPUT=standalone`); `npm start` uses `next start` on the same build. */
  output: process.env.NEXT_OUTPUT === 'standalone' ? ('standalone' as const) : undefined,
  /** The CMS's public address, for the security headers (HSTS on https). */
  cmsUrl: process.env.CMS_URL || 'http://localhost:3001',
  /** The reader site's public address, which the admin's Live Preview frames. */
  webUrl: process.env.WEB_URL || 'http://localhost:3000',
  dev: process.env.NODE_ENV === 'development',
}
