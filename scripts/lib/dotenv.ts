import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'

import { inheritedEnv } from './env'
/** Secrets that `npm start` generates into `.env` on first run outside production. */
export const GENERATED_SECRETS = ['PAYLOAD_SECRET', 'REVALIDATE_SECRET'] as const

/**
 * Makes sure `.env` holds every generated secret, adding only the missing ones, and returns the names
 * it added. Existing values (and anything else in the file) are never changed.
 */
export function ensureGeneratedSecrets(
  file: string,
  environment: Record<string, string | undefined> = inheritedEnv(),
): string[] {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const added: string[] = []
  for (const name of GENERATED_SECRETS) {
    const inFile = new RegExp(`^\\s*${name}\\s*=\\s*\\S`, 'm').test(existing)
    if (inFile || environment[name]) continue
    added.push(name)
  }
  if (added.length === 0) return []
  const lines = added.map((name) => `${name}=${randomBytes(32).toString('hex')}`)
  const header = existing
    ? ''
    : '# Written by `npm start` on first run (development only). Never commit this file.\n'
  if (!existing) writeFileSync(file, header, { mode: 0o600 })
  else if (!existing.endsWith('\n')) appendFileSync(file, '\n')
  appendFileSync(file, `${lines.join('\n')}\n`)
  return added
}
