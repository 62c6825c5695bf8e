/** The web app's environment schema and parser, free of side effects (`env.ts` applies it). */
import {
  EnvError,
  formatEnvError,
  httpUrlSchema,
  nodeEnvSchema,
  secretSchema,
  trustedProxyHopsSchema,
} from '@haven/schemas'
import { z } from 'zod'

export const webEnvSchema = z.object({
  NODE_ENV: nodeEnvSchema,
  CMS_URL: httpUrlSchema
    .default('http://localhost:3001')
    .describe('Where the web app reads content over REST'),
  WEB_URL: httpUrlSchema.default('http://localhost:3000').describe('The public address of the reader site'),
  REVALIDATE_SECRET: secretSchema.describe('Shared with the CMS to authenticate cache revalidation'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
    .optional()
    .describe('When set, every web instance shares one ISR cache through Redis'),
  EDGE_URL: httpUrlSchema
    .optional()
    .describe(
      'The edge cache (Varnish) in front of this app: pages carry their cache tags as xkey, and a revalidation purges them there too',
    ),
  TRUSTED_PROXY_HOPS: trustedProxyHopsSchema,
})

export type WebEnv = z.infer<typeof webEnvSchema>

const BUILD_PLACEHOLDER = 'build-time-placeholder-never-used-at-run-time'

/** Parses an environment; throws an {@link EnvError} whose message is one line naming each bad variable. */
export function parseWebEnv(
  source: Record<string, string | undefined>,
  options: { build?: boolean } = {},
): WebEnv {
  const input: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(source)) if (value !== '') input[key] = value
  if (options.build) input.REVALIDATE_SECRET ??= BUILD_PLACEHOLDER
  const parsed = webEnvSchema.safeParse(input)
  if (!parsed.success) throw new EnvError(formatEnvError(parsed.error, input))
  return parsed.data
}
