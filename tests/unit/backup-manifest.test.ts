import { backupManifestSchema, refuseRestore, type BackupManifest } from '../../scripts/lib/backup-manifest'

const sum = (c: string) => c.repeat(64)
const manifest: BackupManifest = {
  format: 1,
  engine: 'sqlite',
  createdAt: '2026-12-03T08:00:00.000Z',
  migration: '20261130_021629_search_workflow_consent',
  database: 'database.sqlite',
  files: [
    { path: 'database.sqlite', bytes: 100, sha256: sum('a') },
    { path: 'media/a.webp', bytes: 10, sha256: sum('b') },
  ],
}
const known = ['20261125_195829_initial', '20261130_021629_search_workflow_consent']

describe('refuseRestore', () => {
  const cases: Array<[string, Partial<Parameters<typeof refuseRestore>[0]>, string | null]> = [
    ['accepts a matching backup', {}, null],
    [
      'refuses another engine',
      { engine: 'postgres' },
      'this backup is of a sqlite database, but DATABASE_URI names a postgres one',
    ],
    [
      'refuses a schema this code does not know',
      { knownMigrations: ['20261125_195829_initial'] },
      "this backup's schema (migration 20261130_021629_search_workflow_consent) is not one this version of Haven knows; restore it with the version that made it",
    ],
    [
      'refuses a missing file',
      { found: [manifest.files[0]!] },
      'the backup is damaged: media/a.webp is missing',
    ],
    [
      'refuses a changed file',
      { found: [manifest.files[0]!, { ...manifest.files[1]!, sha256: sum('c') }] },
      'the backup is damaged: media/a.webp does not match its checksum',
    ],
    [
      'refuses a file of another size',
      { found: [{ ...manifest.files[0]!, bytes: 99 }, manifest.files[1]!] },
      'the backup is damaged: database.sqlite does not match its checksum',
    ],
    [
      'refuses a file the manifest does not list',
      { found: [...manifest.files, { path: 'media/extra.webp', bytes: 1, sha256: sum('d') }] },
      'the backup is damaged: media/extra.webp is not in the manifest',
    ],
  ]
  it.each(cases)('%s', (_name, override, expected) => {
    expect(
      refuseRestore({
        manifest,
        engine: 'sqlite',
        knownMigrations: known,
        found: manifest.files,
        ...override,
      }),
    ).toBe(expected)
  })

  it('refuses a manifest that does not list its database file', () => {
    const files = [manifest.files[1]!]
    expect(
      refuseRestore({
        manifest: { ...manifest, files },
        engine: 'sqlite',
        knownMigrations: known,
        found: files,
      }),
    ).toBe('the backup is damaged: the manifest does not list its database file database.sqlite')
  })
})

describe('backupManifestSchema', () => {
  it('reads a manifest as written', () => {
    expect(backupManifestSchema.parse(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest)
  })
  it.each([
    ['format', { format: 2 }, 'must be 1'],
    ['engine', { engine: 'mongodb' }, ''],
    ['files.0.sha256', { files: [{ path: 'x', bytes: 1, sha256: 'abc' }] }, 'must be a SHA-256 in hex'],
  ])('names %s when it is wrong', (field, override, message) => {
    const result = backupManifestSchema.safeParse({ ...manifest, ...override })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path.join('.')).toBe(field)
    expect(result.error?.issues[0]?.message).toContain(message)
  })
})
