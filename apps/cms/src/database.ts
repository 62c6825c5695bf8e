import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseAdapterObj } from 'payload'

import type { CmsEnv } from './env'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Folders of the committed migrations, one per SQL engine (their schemas differ). */
export const migrationDirs = {
  sqlite: path.resolve(here, 'migrations/sqlite'),
  postgres: path.resolve(here, 'migrations/postgres'),
} as const

/**
 * Chooses the database adapter from `DATABASE_URI`. Adapters are imported lazily so that a SQLite
 * install never loads mongoose or pg. SQL schemas are never pushed: the committed migrations are
 * the only way a table changes, in development as in production (`payload migrate`, run by `npm start`).
 */
export async function databaseAdapter(env: CmsEnv): Promise<DatabaseAdapterObj> {
  switch (env.databaseKind) {
    case 'sqlite': {
      const file = env.databaseUrl.slice('file:'.length)
      mkdirSync(path.dirname(file), { recursive: true })
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      const { migrations } = await import('./migrations/sqlite')
      return sqliteAdapter({
        client: { url: env.databaseUrl },
        migrationDir: migrationDirs.sqlite,
        prodMigrations: migrations,
        push: false,
      })
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      const { migrations } = await import('./migrations/postgres')
      return postgresAdapter({
        pool: { connectionString: env.databaseUrl },
        migrationDir: migrationDirs.postgres,
        prodMigrations: migrations,
        push: false,
      })
    }
    case 'mongodb': {
      // MongoDB needs no migrations; transactions need a replica set (docker-compose starts one).
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: env.databaseUrl })
    }
  }
}
