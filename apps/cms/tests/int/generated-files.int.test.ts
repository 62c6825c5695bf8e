import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { migrationDirs } from '../../src/database'
import { payloadForTests } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

describe('committed SQLite migrations', () => {
  it('describe exactly the schema of the current config (run `npm run migrate:create -w @haven/cms` after a model change)', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const snapshots = readdirSync(migrationDirs.sqlite)
      .filter((f) => f.endsWith('.json'))
      .sort()
    const latest = snapshots.at(-1)
    expect(latest).toBeDefined()
    const before = JSON.parse(readFileSync(path.join(migrationDirs.sqlite, latest!), 'utf8')) as unknown
    const statements = await generateMigration(before, await generateDrizzleJson(db.schema))
    expect(statements).toEqual([])
  })

  it('have all been applied to the test database', async () => {
    const applied = await payload.find({ collection: 'payload-migrations', limit: 1000, sort: 'name' })
    const files = readdirSync(migrationDirs.sqlite)
      .filter((f) => /^\d.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort()
    expect(applied.docs.map((d) => d.name).filter((n) => n !== 'dev')).toEqual(files)
  })
})

describe('generated files', () => {
  it('the admin import map lists every admin component of the config (run `npm run generate:importmap -w @haven/cms`)', async () => {
    const { generateImportMap } = await import('payload')
    const committed = path.join(payload.config.admin.importMap.baseDir, 'app/(payload)/admin/importMap.js')
    // A sibling folder at the committed file's depth, so imports of Haven's own components (relative
    // paths) come out the same; `_` keeps Next from routing it.
    const freshDir = mkdtempSync(path.join(path.dirname(committed), '..', '_importmap-check-'))
    const fresh = path.join(freshDir, 'importMap.js')
    writeFileSync(fresh, '')
    const config = {
      ...payload.config,
      admin: {
        ...payload.config.admin,
        importMap: { ...payload.config.admin.importMap, importMapFile: fresh },
      },
    }
    try {
      await generateImportMap(config, { log: false, force: true })
      expect(readFileSync(fresh, 'utf8')).toBe(readFileSync(committed, 'utf8'))
    } finally {
      rmSync(freshDir, { recursive: true, force: true })
    }
  })

  it('payload-types.ts matches the config (run `npm run generate:types -w @haven/cms`)', async () => {
    const { generateTypes } = await import('payload/node')
    const committed = payload.config.typescript.outputFile!
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'types-')), 'payload-types.ts')
    await generateTypes(
      { ...payload.config, typescript: { ...payload.config.typescript, outputFile: fresh } },
      { log: false },
    )
    expect(readFileSync(fresh, 'utf8')).toBe(readFileSync(committed, 'utf8'))
  })
})
