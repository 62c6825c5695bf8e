/**
 * `npx tsx scripts/with-postgres.ts <command> [args…]`: runs one command against a throw-away PostgreSQL
 * server (scripts/lib/postgres.ts) with DATABASE_URI pointing at it (and MEDIA_DIR inside its folder),
 * then stops the server and removes it. For example, after a change to the content model:
 *
 *   npx tsx scripts/with-postgres.ts npm run -s migrate:create -w @haven/cms -- <name>
 *
 * The command's standard input is this terminal's, so Payload's and drizzle-kit's questions can be answered.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { inheritedEnv } from './lib/env'
import { startPostgres } from './lib/postgres'

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    console.error('usage: npx tsx scripts/with-postgres.ts <command> [args…]')
    return 2
  }
  const server = await startPostgres()
  console.error(`with-postgres: ${server.url}`)
  try {
    return await new Promise<number>((resolve) => {
      const child = spawn(command, args, {
        stdio: 'inherit',
        env: { ...inheritedEnv(), DATABASE_URI: server.url, MEDIA_DIR: path.join(server.dir, 'media') },
      })
      child.on('error', (error) => {
        console.error(`with-postgres: ${error.message}`)
        resolve(1)
      })
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
      // Ctrl-C reaches the command too: let it end, then stop the server (Node would exit at once).
      process.on('SIGINT', () => {})
      process.on('SIGTERM', () => child.kill('SIGTERM'))
    })
  } finally {
    await server.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`with-postgres: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
