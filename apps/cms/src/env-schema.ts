/**
 * The CMS's environment schema and parser, free of side effects so that `npm start` can check a
 * configuration before anything runs. `env.ts` applies it to `process.env`.
 */
import path from 'node:path'

import {
  databaseKindOf,
  databaseUriSchema,
  EnvError,
  formatEnvError,
  httpUrlSchema,
  nodeEnvSchema,
  secretSchema,
  trustedProxyHopsSchema,
  type DatabaseKind,
} from '@haven/schemas'
import { findRootDir } from '@haven/node'
import { z } from 'zod'

export const cmsEnvSchema = z
  .object({
    NODE_ENV: nodeEnvSchema,
    DATABASE_URI: databaseUriSchema.default('file:./data/haven.db'),
    PAYLOAD_SECRET: secretSchema.describe('Signs CMS sessions and tokens'),
    REVALIDATE_SECRET: secretSchema.describe('Shared with the web app to authenticate cache revalidation'),
    CMS_URL: httpUrlSchema.default('http://localhost:3001'),
    WEB_URL: httpUrlSchema.default('http://localhost:3000'),
    WEB_INTERNAL_URL: httpUrlSchema
      .optional()
      .describe(
        'Where the CMS reaches the web app for revalidation when that differs from WEB_URL (e.g. http://web:3000)',
      ),
    MEDIA_DIR: z.string().min(1).default('./data/media').describe('Where uploaded media files are stored'),
    SMTP_HOST: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('SMTP server for outgoing email; without it, email is written to the outbox collection'),
    SMTP_PORT: z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a port number')
      .min(1, 'must be a port number')
      .max(65535, 'must be a port number')
      .optional()
      .describe('Default 587'),
    SMTP_SECURE: z
      .enum(['true', 'false'], { error: 'must be true (TLS from the start, port 465) or false (STARTTLS)' })
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true')),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    EMAIL_FROM_ADDRESS: z
      .email({ error: 'must be an email address' })
      .optional()
      .describe('The sender of every email (default hello@haven.test)'),
    EMAIL_FROM_NAME: z.string().trim().min(1).max(80).optional().describe('Default Haven'),
    TRUSTED_PROXY_HOPS: trustedProxyHopsSchema,
    SESSION_COOKIE_DOMAIN: z
      .string()
      .trim()
      .regex(/^\.?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i, 'must be a domain such as haven.org')
      .optional()
      .describe(
        'The domain of the CMS session cookie, when the CMS and the reader site are on different hosts of it (cms.haven.org and haven.org: haven.org), so draft preview can see the session',
      ),
  })
  .refine((env) => !env.SMTP_USER || env.SMTP_PASSWORD, {
    path: ['SMTP_PASSWORD'],
    message: 'is required when SMTP_USER is set',
  })

export type CmsEnv = z.infer<typeof cmsEnvSchema> & {
  databaseKind: DatabaseKind
  /** The repository root (or the working directory where there is none, as in a container). */
  rootDir: string
  /** `DATABASE_URI` with a relative `file:` path made absolute against `rootDir`. */
  databaseUrl: string
  /** `MEDIA_DIR` made absolute against `rootDir`. */
  mediaDir: string
}

const BUILD_PLACEHOLDER = 'build-time-placeholder-never-used-at-run-time'

/** Parses an environment; throws an {@link EnvError} whose message is one line naming each bad variable. */
export function parseCmsEnv(
  source: Record<string, string | undefined>,
  options: { build?: boolean } = {},
): CmsEnv {
  const input = { ...source }
  if (options.build) {
    input.PAYLOAD_SECRET ||= BUILD_PLACEHOLDER
    input.REVALIDATE_SECRET ||= BUILD_PLACEHOLDER
  }
  for (const key of Object.keys(input)) if (input[key] === '') delete input[key]
  const parsed = cmsEnvSchema.safeParse(input)
  if (!parsed.success) throw new EnvError(formatEnvError(parsed.error, input))
  const env = parsed.data
  const rootDir = findRootDir()
  const databaseKind = databaseKindOf(env.DATABASE_URI) as DatabaseKind
  return {
    ...env,
    databaseKind,
    rootDir,
    databaseUrl: databaseKind === 'sqlite' ? absoluteFileUrl(env.DATABASE_URI, rootDir) : env.DATABASE_URI,
    mediaDir: path.resolve(rootDir, env.MEDIA_DIR),
  }
}

function absoluteFileUrl(uri: string, rootDir: string): string {
  const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  return `file:${path.resolve(rootDir, file)}`
}
