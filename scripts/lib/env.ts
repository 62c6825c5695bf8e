/**
 * The environment of the repository's own tools (scripts/, bench/, tests/), read here only, as each app
 * reads its own in `apps/<app>/src/env.ts` (lint refuses `process.env` elsewhere). Tools have their
 * own entry points (`tsx scripts/start.ts`, jest's global setups), so they do not share an app's env.
 *
 * Read when called, never cached at import: jest's global setups and `npm start` set variables (the
 * stack's ports, the generated secrets) before the code that reads them runs.
 */
import { EnvError, formatEnvError } from '@haven/schemas'
import { z } from 'zod'

const portSchema = z.coerce
  .number({ error: 'must be a port number from 1024 to 65534' })
  .int('must be a port number from 1024 to 65534')
  .min(1024, 'must be a port number from 1024 to 65534')
  .max(65534, 'must be a port number from 1024 to 65534')

export const scriptEnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  /** The browser suite's web port (the CMS takes the next one); default 3100. */
  HAVEN_E2E_PORT: portSchema.optional(),
  /** The benchmarks' first port; default HAVEN_E2E_PORT + 10. */
  HAVEN_BENCH_PORT: portSchema.optional(),
  /** Chromium for the browser tests, and for Lighthouse, when it is not Debian's `/usr/bin/chromium`. */
  CHROMIUM_PATH: z.string().min(1).optional(),
  CHROME_PATH: z.string().min(1).optional(),
})
export type ScriptEnv = z.infer<typeof scriptEnvSchema>

/** The variables the tools themselves read, validated; a bad one throws an error naming it. */
export function scriptEnv(): ScriptEnv {
  const input: Record<string, string | undefined> = {}
  for (const key of Object.keys(scriptEnvSchema.shape)) {
    const value = process.env[key]
    if (value !== undefined && value !== '') input[key] = value
  }
  const parsed = scriptEnvSchema.safeParse(input)
  if (!parsed.success) throw new EnvError(formatEnvError(parsed.error, input))
  return parsed.data
}

/** A copy of this process's whole environment, for a child process to start with (plus its own). */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env }
}
