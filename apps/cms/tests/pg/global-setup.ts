import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startPostgres, type PostgresServer } from '../../../../scripts/lib/postgres'
import { bin, toolEnv } from '../../../../scripts/lib/proc'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Read by global-teardown.ts (globalSetup and globalTeardown share jest's main process). */
declare global {
  var havenPostgres: PostgresServer | undefined
}

/**
 * A throw-away PostgreSQL cluster per run, migrated with the committed Postgres migrations and seeded
 * with the demo content by the same CLIs `npm start` uses. Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  const times: string[] = []
  const timed = async <T>(label: string, step: () => T | Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await step()
    times.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return result
  }

  const server = await timed('cluster', () => startPostgres())
  globalThis.havenPostgres = server
  Object.assign(process.env, {
    DATABASE_URI: server.url,
    MEDIA_DIR: path.join(server.dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    // Nothing listens here: revalidation calls fail fast and must never break a save.
    WEB_URL: 'http://127.0.0.1:9',
    CMS_URL: 'http://localhost:3001',
  })
  const env = toolEnv({ ...process.env, NODE_ENV: 'development' })
  const tool = (name: string, args: string[]) => {
    try {
      execFileSync(bin(name), args, { cwd: cmsDir, env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 })
    } catch (error) {
      // A failed migration prints its whole SQL first: the cause is at the end.
      const output = String((error as { stderr?: Buffer }).stderr ?? '') || (error as Error).message
      throw new Error(`${name} ${args.join(' ')} failed on ${server.url}:\n${output.slice(-4000)}`)
    }
  }
  try {
    await timed('migrate', () => tool('payload', ['migrate']))
    await timed('seed', () => tool('tsx', ['src/seed/cli.ts', '--once']))
    // What the seed made is what existed by now: the seed test counts only that, whichever test
    // files ran (and saved, and emailed) before it.
    process.env.HAVEN_PG_SEEDED_AT = new Date().toISOString()
  } catch (error) {
    // jest skips the teardown when the setup fails: stop here, keeping postgres.log for a look.
    await server.stop({ keepDir: true })
    throw error
  }
  console.log(`\npostgres: ${server.url} (${times.join(', ')})`)
}
