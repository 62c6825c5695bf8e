import { cpSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { stackInfo } from './stack-file'

/**
 * Copies the suite's seeded database (a consistent copy while its CMS runs: one VACUUM INTO) and its
 * media into `dir`, for a test that needs a stack of its own without seeding one (a minute or two here).
 */
export async function copySuiteDatabase(dir: string): Promise<{ databaseFile: string; mediaDir: string }> {
  const source = stackInfo().dir
  mkdirSync(dir, { recursive: true })
  const databaseFile = path.join(dir, 'haven.db')
  const client = createClient({ url: `file:${path.join(source, 'haven.db')}` })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute(`VACUUM INTO '${databaseFile.replaceAll("'", "''")}'`)
  } finally {
    client.close()
  }
  const mediaDir = path.join(dir, 'media')
  if (existsSync(path.join(source, 'media')))
    cpSync(path.join(source, 'media'), mediaDir, { recursive: true })
  else mkdirSync(mediaDir, { recursive: true })
  return { databaseFile, mediaDir }
}
