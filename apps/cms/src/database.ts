import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter, type PostgresAdapterArgs } from '@payloadcms/db-postgres'
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
        // Another process may hold the file's lock for a moment (a seed or migration beside the running
        // server, the job runner's writes): wait for it rather than fail with SQLITE_BUSY.
        busyTimeout: 10_000,
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
        beforeSchemaInit: [fitPostgresIdentifiers],
      })
    case 'mongodb':
      // MongoDB needs no migrations; transactions need a replica set (docker-compose starts one).
      return mongooseAdapter({ url: env.databaseUrl })
  }
}

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

/** Postgres cuts identifiers to 63 bytes (NAMEDATALEN - 1) without an error. */
const PG_MAX_IDENTIFIER = 63

/**
 * `name` if it fits in 63 characters, otherwise its readable start, a hash of the whole name (so two
 * long names never end up equal) and `suffix`. Deterministic: the same config always gives the same
 * names, so the committed migrations stay in step.
 */
export function fitIdentifier(name: string, suffix: string): string {
  if (name.length <= PG_MAX_IDENTIFIER) return name
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8)
  return `${name.slice(0, PG_MAX_IDENTIFIER - suffix.length - hash.length - 1)}_${hash}${suffix}`
}

/**
 * Gives every constraint and index of the Postgres schema a name Postgres keeps whole.
 *
 * Payload 3.90.1 names the foreign key of a relationship column inside an array the way Drizzle does
 * (`<table>_<column>_<target>_id_fk`) without shortening it. Navigation's four-level menu makes names
 * such as `_navigation_v_version_items_children_grandchildren_leaves_link_topic_id_topics_id_fk`
 * (88 characters); Postgres cuts them to 63, three of them become the same name on one table, and the
 * generated migration fails ("constraint … already exists"). The array tables' own `_order_idx`,
 * `_parent_id_idx` and `_parent_id_fk` are cut silently too (Payload warns about those).
 *
 * This hook runs on Payload's raw schema before Drizzle tables are built: an over-long column
 * reference becomes an explicitly named foreign key with the same columns and actions, and over-long
 * index and foreign-key names are shortened with {@link fitIdentifier}. Tables, columns and data are
 * untouched, so the content model (and SQLite, which has no such limit) is unaffected.
 */
export const fitPostgresIdentifiers: PostgresSchemaHook = ({ adapter, schema }) => {
  for (const table of Object.values(adapter.rawTables)) {
    for (const [key, column] of Object.entries(table.columns)) {
      const reference = column.reference
      if (!reference) continue
      const target = adapter.rawTables[reference.table]?.name ?? reference.table
      const targetColumn = adapter.rawTables[reference.table]?.columns[reference.name]?.name ?? reference.name
      const drizzleName = `${table.name}_${column.name}_${target}_${targetColumn}_fk`
      if (drizzleName.length <= PG_MAX_IDENTIFIER) continue
      table.foreignKeys ??= {}
      table.foreignKeys[`${key}_fk`] = {
        name: fitIdentifier(drizzleName, '_fk'),
        columns: [key],
        foreignColumns: [{ table: reference.table, name: reference.name }],
        onDelete: reference.onDelete,
      }
      delete column.reference
    }
    for (const foreignKey of Object.values(table.foreignKeys ?? {}))
      foreignKey.name = fitIdentifier(foreignKey.name, '_fk')
    for (const index of Object.values(table.indexes ?? {})) {
      const name = fitIdentifier(index.name, '_idx')
      if (name === index.name) continue
      // Unique violations are reported against the field named by the constraint: keep that link.
      for (const constraints of Object.values(adapter.fieldConstraints))
        if (index.name in constraints) constraints[name] = constraints[index.name]!
      index.name = name
    }
  }
  return schema
}
