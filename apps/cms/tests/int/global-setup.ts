import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { toolEnv } from '../../../../scripts/lib/proc'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const rootDir = path.resolve(cmsDir, '../..')

/**
 * A throw-away SQLite file per run, migrated with the committed migrations and seeded with the demo
 * content by the same CLI that `npm start` uses. Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  // One folder per run, so concurrent runs (a developer's and CI's, or two terminals) never share a database.
  const dir = path.join(rootDir, 'tests/.artifacts', `int-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(dir, 'haven.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    // Nothing listens here: revalidation calls fail fast and must never break a save.
    WEB_URL: 'http://127.0.0.1:9',
    CMS_URL: 'http://localhost:3001',
  })
  const env = toolEnv({ ...process.env, NODE_ENV: 'development' })
  const bin = (name: string) => path.join(rootDir, 'node_modules/.bin', name)
  execFileSync(bin('payload'), ['migrate'], { cwd: cmsDir, env, stdio: 'pipe' })
  execFileSync(bin('tsx'), ['src/seed/cli.ts', '--once'], { cwd: cmsDir, env, stdio: 'pipe' })
}
