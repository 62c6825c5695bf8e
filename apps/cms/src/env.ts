/**
 * The CMS's environment, validated once. Nothing else in the CMS reads `process.env`.
 *
 * Outside production the repository's `.env` (written by `npm start` on first run) fills in what the
 * shell did not set. During `next build` the secrets are not needed, so placeholders stand in; the
 * running server validates again at start-up (see `instrumentation.ts`) and refuses to start without them.
 */
import { loadWorkspaceDotEnv } from '@haven/node'

import { parseCmsEnv, type CmsEnv } from './env-schema'

export * from './env-schema'

const isBuild = process.env.NEXT_PHASE === 'phase-production-build'

function load(): CmsEnv {
  loadWorkspaceDotEnv()
  return parseCmsEnv(process.env, { build: isBuild })
}

export const env: CmsEnv = load()

/**
 * Whether this process is a Next.js server (set by Next.js, not by the operator): only a server runs
 * queued jobs; the payload CLI, the seed and the tests load the same config without running them.
 */
export const inNextServer = Boolean(process.env.NEXT_RUNTIME)

/** Where the operator ran `npm run …` (npm's INIT_CWD): a CLI started in apps/cms resolves paths against it. */
export const invokedFrom: string = process.env.INIT_CWD ?? process.cwd()
