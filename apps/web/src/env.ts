/**
 * The web app's environment, validated once. Nothing else in the web app reads `process.env`.
 * Outside production the repository's `.env` fills in what the shell did not set; during
 * `next build` the secret is not needed, and the server validates again when it starts.
 */
import { loadWorkspaceDotEnv } from '@haven/node'

import { parseWebEnv, type WebEnv } from './env-schema'

export * from './env-schema'

loadWorkspaceDotEnv()

/** True inside `next build` (which never needs the CMS), false in a running server. */
export const building = process.env.NEXT_PHASE === 'phase-production-build'

export const env: WebEnv = parseWebEnv(process.env, { build: building })
