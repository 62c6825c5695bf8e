import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { migrationDirs } from '../../src/database'
import { payloadForTests } from '../int/payload'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

type Snapshot = {
  tables: Record<
    string,
    {
      name: string
      columns: Record<string, unknown>
      indexes: Record<string, unknown>
      foreignKeys: Record<string, unknown>
      uniqueConstraints: Record<string, unknown>
    }
  >
  enums: Record<string, { name: string }>
}

const dir = migrationDirs.postgres
const latestSnapshot = (): Snapshot => {
  const latest = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest) throw new Error(`no migration snapshot in ${dir}`)
  return JSON.parse(readFileSync(path.join(dir, latest), 'utf8')) as Snapshot
}

async function query(text: string): Promise<Record<string, string>[]> {
  const { pool } = payload.db as unknown as {
    pool: { query: (text: string) => Promise<{ rows: Record<string, string>[] }> }
  }
  return (await pool.query(text)).rows
}

/** `table.name` for every row, sorted: compares as one list with a readable diff. */
const pairs = (rows: Record<string, string>[]) => rows.map((r) => `${r.t}.${r.n}`).sort()

describe('committed PostgreSQL migrations', () => {
  it('describe exactly the schema of the current config (see the migrations section of the README)', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const statements = await generateMigration(latestSnapshot(), await generateDrizzleJson(db.schema))
    expect(statements).toEqual([])
  })

  it('have all been applied to the test database', async () => {
    const applied = await payload.find({ collection: 'payload-migrations', limit: 1000, sort: 'name' })
    const files = readdirSync(dir)
      .filter((f) => /^\d.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort()
    expect(files.length).toBeGreaterThan(0)
    expect(applied.docs.map((d) => d.name).filter((n) => n !== 'dev')).toEqual(files)
  })

  describe('created the schema the snapshot describes, every name whole (none cut to 63 characters)', () => {
    const snapshot = latestSnapshot()
    const tables = Object.values(snapshot.tables)
    const expected = (part: (t: Snapshot['tables'][string]) => string[]) =>
      tables.flatMap((t) => part(t).map((n) => `${t.name}.${n}`)).sort()

    it('tables and columns', async () => {
      const rows = await query(
        `select table_name as t, column_name as n from information_schema.columns where table_schema = 'public'`,
      )
      expect(pairs(rows)).toEqual(expected((t) => Object.keys(t.columns)))
    })

    it('indexes', async () => {
      const rows = await query(`
        select c.relname as t, i.relname as n from pg_index x
          join pg_class c on c.oid = x.indrelid
          join pg_class i on i.oid = x.indexrelid
          join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = 'public' and not x.indisprimary`)
      expect(pairs(rows)).toEqual(
        expected((t) => [...Object.keys(t.indexes), ...Object.keys(t.uniqueConstraints)]),
      )
    })

    it('foreign keys', async () => {
      const rows = await query(`
        select c.relname as t, k.conname as n from pg_constraint k
          join pg_class c on c.oid = k.conrelid
          join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = 'public' and k.contype = 'f'`)
      expect(pairs(rows)).toEqual(expected((t) => Object.keys(t.foreignKeys)))
    })

    it('enum types', async () => {
      const rows = await query(`
        select t.typname as n from pg_type t join pg_namespace s on s.oid = t.typnamespace
        where s.nspname = 'public' and t.typtype = 'e'`)
      expect(rows.map((r) => r.n).sort()).toEqual(
        Object.values(snapshot.enums)
          .map((e) => e.name)
          .sort(),
      )
    })
  })
})
