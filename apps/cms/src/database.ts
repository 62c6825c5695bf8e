import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { CmsEnv } from './env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Folders of the committed migrations, one per SQL engine (their schemas differ). */
export const migrationDirs = {
  sqlite: path.resolve(here, 'migrations/sqlite'),
  postgres: path.resolve(here, 'migrations/postgres'),
} as const

/**
 * Chooses the database adapter from `DATABASE_URI`. SQL schemas are never pushed: the committed
 * migrations are the only way a table changes, in development as in production (`payload migrate`,
 * run by `npm start`; `prodMigrations` applies them when a production server starts, as in Docker).
 *
 * The adapters are imported statically on purpose: a top-level `await import()` in the config made
 * Node exit with code 13 (unsettled top-level await) now and then when scripts loaded it.
 */
export function databaseAdapter(env: CmsEnv): DatabaseAdapterObj {
  switch (env.databaseKind) {
    case 'sqlite': {
      const file = env.databaseUrl.slice('file:'.length)
      mkdirSync(path.dirname(file), { recursive: true })
      return sqliteAdapter({
        client: { url: env.databaseUrl },
        migrationDir: migrationDirs.sqlite,
        prodMigrations: sqliteMigrations,
        push: false,
      })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: env.databaseUrl },
        migrationDir: migrationDirs.postgres,
        prodMigrations: postgresMigrations,
        push: false,
      })
    case 'mongodb':
      // MongoDB needs no migrations; transactions need a replica set (docker-compose starts one).
      return mongooseAdapter({ url: env.databaseUrl })
  }
}
