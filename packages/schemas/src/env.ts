import { z } from 'zod'

/** The database engines Haven can run on, chosen by the scheme of `DATABASE_URI`. */
export const databaseKinds = ['sqlite', 'mongodb', 'postgres'] as const
export type DatabaseKind = (typeof databaseKinds)[number]

export const DATABASE_URI_FORMS =
  'file:<path> (SQLite), mongodb:// or mongodb+srv:// (MongoDB), postgres:// or postgresql:// (PostgreSQL)'

/** Tells which adapter a `DATABASE_URI` selects, or `null` for an unsupported value. */
export function databaseKindOf(uri: string): DatabaseKind | null {
  if (/^file:.+/.test(uri)) return 'sqlite'
  if (/^mongodb(\+srv)?:\/\/.+/.test(uri)) return 'mongodb'
  if (/^postgres(ql)?:\/\/.+/.test(uri)) return 'postgres'
  return null
}

export const databaseUriSchema = z
  .string()
  .trim()
  .refine((uri) => databaseKindOf(uri) !== null, {
    message: `must be one of ${DATABASE_URI_FORMS}`,
  })
  .refine((uri) => !/^file::memory:/.test(uri), {
    message: 'must name a file: an in-memory SQLite database loses its tables inside transactions',
  })
  .describe('Where the CMS stores content')

/** A shared secret: long enough that it cannot be guessed. */
export const secretSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required (npm start writes a generated one to .env outside production)'
        : 'must be a string',
  })
  .min(32, 'must be at least 32 characters long')

export const httpUrlSchema = z
  .url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' })
  .transform((url) => url.replace(/\/+$/, ''))

/** How many proxies in front of an app append to `X-Forwarded-For` and are trusted (see @haven/node client-address.ts). */
export const trustedProxyHopsSchema = z.coerce
  .number({ error: 'must be a whole number of proxies (0 when clients connect directly)' })
  .int('must be a whole number of proxies (0 when clients connect directly)')
  .min(0, 'must be a whole number of proxies (0 when clients connect directly)')
  .max(10, 'must be at most 10')
  .default(0)
  .describe('Trusted proxies in front of the app that append to X-Forwarded-For')

export const nodeEnvSchema = z.enum(['development', 'production', 'test']).default('development')

/**
 * Formats the first problem of a failed environment parse as one line that names the variable,
 * e.g. `DATABASE_URI: must be one of … (got "bogus://x")`.
 */
export function formatEnvError(error: z.ZodError, source: Record<string, string | undefined>): string {
  return error.issues
    .map((issue) => {
      const name = issue.path.join('.')
      const value = source[name]
      const got =
        value === undefined || value === '' ? 'it is not set' : `got ${JSON.stringify(redact(name, value))}`
      return `${name}: ${issue.message} (${got})`
    })
    .join('; ')
}

function redact(name: string, value: string): string {
  return /SECRET|PASSWORD|TOKEN/.test(name) ? `${value.length} characters` : value
}

/** Thrown when an app's environment is invalid; its message is one line naming each bad variable. */
export class EnvError extends Error {
  override name = 'EnvError'
}
