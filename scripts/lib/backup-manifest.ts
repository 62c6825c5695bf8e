/**
 * The manifest of a Haven backup (`manifest.json` at the top of the backup folder) and the checks a
 * restore makes against it. Pure: reading files and databases is the caller's job.
 */
import { z } from 'zod'

export const BACKUP_FORMAT = 1

export const backupEngines = ['sqlite', 'postgres'] as const
export type BackupEngine = (typeof backupEngines)[number]

export const backupFileSchema = z.object({
  /** Relative to the backup folder, `/`-separated. */
  path: z.string().min(1),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
})
export type BackupFile = z.infer<typeof backupFileSchema>

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `must be ${BACKUP_FORMAT} (a backup of this version of Haven)` }),
  engine: z.enum(backupEngines),
  createdAt: z.iso.datetime(),
  /** The last schema migration applied to the database when it was copied. */
  migration: z.string().min(1),
  /** The database file inside the backup (`database.sqlite` or `database.pgdump`). */
  database: z.string().min(1),
  /** Every file of the backup except the manifest: the database and each media file under `media/`. */
  files: z.array(backupFileSchema),
})
export type BackupManifest = z.infer<typeof backupManifestSchema>

export const databaseFileName: Record<BackupEngine, string> = {
  sqlite: 'database.sqlite',
  postgres: 'database.pgdump',
}

/**
 * Why a backup must not be restored here, or null when it may: the engine must be the configured
 * one, its schema migration one this code knows (a newer one would be a schema this code cannot
 * run), and every file present with its size and checksum, and nothing else.
 */
export function refuseRestore(input: {
  manifest: BackupManifest
  engine: string
  knownMigrations: readonly string[]
  /** The files found in the backup folder (without the manifest), with their size and checksum. */
  found: readonly BackupFile[]
}): string | null {
  const { manifest, engine, knownMigrations, found } = input
  if (manifest.engine !== engine)
    return `this backup is of a ${manifest.engine} database, but DATABASE_URI names a ${engine} one`
  if (!knownMigrations.includes(manifest.migration))
    return `this backup's schema (migration ${manifest.migration}) is not one this version of Haven knows; restore it with the version that made it`
  const byPath = new Map(found.map((file) => [file.path, file]))
  const problems: string[] = []
  for (const expected of manifest.files) {
    const actual = byPath.get(expected.path)
    if (!actual) problems.push(`${expected.path} is missing`)
    else if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256)
      problems.push(`${expected.path} does not match its checksum`)
    byPath.delete(expected.path)
  }
  for (const extra of byPath.keys()) problems.push(`${extra} is not in the manifest`)
  if (!manifest.files.some((file) => file.path === manifest.database))
    problems.push(`the manifest does not list its database file ${manifest.database}`)
  if (problems.length)
    return `the backup is damaged: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`
  return null
}
