/**
 * `npm run backup` and `npm run restore`: a consistent copy of the database and the media folder, and
 * its restore (scripts/backup.ts, scripts/restore.ts are the command lines).
 *
 * A backup is one folder: `manifest.json` (engine, time, schema migration, every file's size and
 * SHA-256), the database (`database.sqlite`, or `database.pgdump` in pg_dump's custom format) and
 * `media/`. SQLite is copied with `VACUUM INTO` (one read transaction: consistent while the CMS
 * writes), PostgreSQL with `pg_dump` inside an exported snapshot, from which the migration name and
 * the media list are read too. MongoDB is not handled here (see the README: mongodump/mongorestore).
 *
 * A restore checks everything before it touches anything, builds the new database beside the live one
 * (a new file; a new PostgreSQL database) and swaps it in with a rename, keeping the replaced one, so
 * a failure at any step leaves the database as it was. Then it tells the web app to drop its cache.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import pg from 'pg'

import type { CmsEnv } from '../../apps/cms/src/env-schema'
import {
  BACKUP_FORMAT,
  backupManifestSchema,
  databaseFileName,
  refuseRestore,
  type BackupEngine,
  type BackupFile,
  type BackupManifest,
} from './backup-manifest'
import { postgresBinDir } from './postgres'
import { rootDir } from './proc'
import { dropWebCache, type DropResult } from './web-cache'

const run = promisify(execFile)

/** Stops a backup or restore with a message for the operator (no stack trace). */
export class BackupError extends Error {}

const migrationsDir = (engine: BackupEngine) => path.join(rootDir, 'apps/cms/src/migrations', engine)

/** The migrations this checkout knows for an engine: the names of its committed migration files. */
export async function knownMigrations(engine: BackupEngine): Promise<string[]> {
  return (await readdir(migrationsDir(engine)))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.slice(0, -'.ts'.length))
}

function engineOf(env: CmsEnv): BackupEngine {
  if (env.databaseKind === 'mongodb')
    throw new BackupError(
      'MongoDB is backed up with mongodump and restored with mongorestore (see the README, Operations); npm run backup handles SQLite and PostgreSQL',
    )
  return env.databaseKind
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under `dir` (relative, `/`-separated), with its size and checksum; the manifest left out. */
export async function listFiles(dir: string): Promise<BackupFile[]> {
  const files: BackupFile[] = []
  const walk = async (relative: string) => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(child)
      else if (entry.isFile() && child !== 'manifest.json') {
        const absolute = path.join(dir, child)
        files.push({ path: child, bytes: (await stat(absolute)).size, sha256: await sha256(absolute) })
      }
    }
  }
  await walk('')
  return files.sort((a, b) => a.path.localeCompare(b.path))
}

/** The file names a row of the media table points at (`filename` and every `sizes_*_filename`). */
function mediaFileNames(rows: Array<Record<string, unknown>>): string[] {
  const names = new Set<string>()
  for (const row of rows)
    for (const [column, value] of Object.entries(row))
      if (/filename$/.test(column) && typeof value === 'string' && value) names.add(value)
  return [...names]
}

function sqlitePath(env: CmsEnv): string {
  return env.databaseUrl.slice('file:'.length)
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`

async function lastMigrationSqlite(file: string): Promise<{ migration: string; media: string[] }> {
  const client = createClient({ url: `file:${file}` })
  try {
    const migrations = await client.execute(
      'SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name DESC LIMIT 1',
    )
    const media = await client.execute('SELECT * FROM media')
    return {
      migration: String(migrations.rows[0]?.name ?? ''),
      media: mediaFileNames(media.rows as unknown as Array<Record<string, unknown>>),
    }
  } finally {
    client.close()
  }
}

/** pg_dump and friends: the newest Debian server's tools when installed, else whatever PATH has. */
function pgTool(name: string): string {
  try {
    return path.join(postgresBinDir(), name)
  } catch {
    return name
  }
}

async function backupPostgres(env: CmsEnv, file: string): Promise<{ migration: string; media: string[] }> {
  // One snapshot for the dump and for what the manifest says about it.
  const client = new pg.Client({ connectionString: env.databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id
    const migrations = await client.query<{ name: string }>(
      'SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name DESC LIMIT 1',
    )
    const media = await client.query<Record<string, unknown>>('SELECT * FROM media')
    await run(pgTool('pg_dump'), [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--snapshot=${snapshot}`,
      `--file=${file}`,
      `--dbname=${env.databaseUrl}`,
    ]).catch((error: { stderr?: string; message: string }) => {
      throw new BackupError(`pg_dump failed: ${(error.stderr || error.message).trim()}`)
    })
    await client.query('COMMIT')
    return { migration: migrations.rows[0]?.name ?? '', media: mediaFileNames(media.rows) }
  } finally {
    await client.end()
  }
}

export type BackupResult = { dir: string; manifest: BackupManifest; bytes: number; ms: number }

/** Writes a backup of the configured database and media into `dir` (which must not exist yet). */
export async function createBackup(env: CmsEnv, dir: string): Promise<BackupResult> {
  const started = performance.now()
  const engine = engineOf(env)
  if (existsSync(dir)) throw new BackupError(`${dir} already exists: choose a new folder for the backup`)
  const partial = `${dir}.partial`
  await rm(partial, { recursive: true, force: true })
  await mkdir(partial, { recursive: true })
  try {
    const database = databaseFileName[engine]
    const target = path.join(partial, database)
    let state: { migration: string; media: string[] }
    if (engine === 'sqlite') {
      const source = sqlitePath(env)
      if (!existsSync(source)) throw new BackupError(`there is no database at ${source}`)
      const client = createClient({ url: env.databaseUrl })
      try {
        // Wait for a writer's lock rather than fail; the copy itself is one read transaction.
        await client.execute('PRAGMA busy_timeout = 10000')
        await client.execute(`VACUUM INTO ${quote(target)}`)
      } finally {
        client.close()
      }
      state = await lastMigrationSqlite(target)
    } else state = await backupPostgres(env, target)
    if (!state.migration) throw new BackupError('the database has no applied migrations: nothing to back up')

    // Media after the database: every file the copied database names must be in the copy.
    const media = path.join(partial, 'media')
    await mkdir(media)
    if (existsSync(env.mediaDir)) await cp(env.mediaDir, media, { recursive: true })
    const missing = state.media.filter((name) => !existsSync(path.join(media, name)))
    if (missing.length)
      throw new BackupError(
        `the database names media files that are not in ${env.mediaDir}: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` (and ${missing.length - 5} more)` : ''}`,
      )

    const files = await listFiles(partial)
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      engine,
      createdAt: new Date().toISOString(),
      migration: state.migration,
      database,
      files,
    }
    await writeFile(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(partial, dir)
    const bytes = files.reduce((sum, file) => sum + file.bytes, 0)
    return { dir, manifest, bytes, ms: performance.now() - started }
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    throw error
  }
}

/** Reads and checks a backup's manifest and files; throws a BackupError saying what is wrong. */
export async function checkBackup(env: CmsEnv, dir: string): Promise<BackupManifest> {
  const engine = engineOf(env)
  const manifestFile = path.join(dir, 'manifest.json')
  if (!existsSync(manifestFile)) throw new BackupError(`${dir} is not a Haven backup (no manifest.json)`)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(manifestFile, 'utf8'))
  } catch {
    throw new BackupError(`${manifestFile} is not valid JSON`)
  }
  const parsed = backupManifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new BackupError(`${manifestFile}: ${issue?.path.join('.') || 'manifest'}: ${issue?.message}`)
  }
  const refusal = refuseRestore({
    manifest: parsed.data,
    engine,
    knownMigrations: await knownMigrations(engine),
    found: await listFiles(dir),
  })
  if (refusal) throw new BackupError(refusal)
  return parsed.data
}

async function cmsIsRunning(env: CmsEnv): Promise<boolean> {
  try {
    await fetch(`${env.CMS_URL}/api/health`, { signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    return false
  }
}

/** The web app the CMS notifies drops every cached page. */
export function dropCmsWebCache(env: CmsEnv): Promise<DropResult> {
  return dropWebCache(env.WEB_INTERNAL_URL ?? env.WEB_URL, env.REVALIDATE_SECRET)
}

const stampOf = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')

async function restoreSqlite(env: CmsEnv, dir: string, manifest: BackupManifest, stamp: string) {
  const live = sqlitePath(env)
  const incoming = `${live}.restoring-${stamp}`
  await mkdir(path.dirname(live), { recursive: true })
  await copyFile(path.join(dir, manifest.database), incoming)
  try {
    const client = createClient({ url: `file:${incoming}` })
    try {
      const check = await client.execute('PRAGMA integrity_check')
      if (String(check.rows[0]?.integrity_check) !== 'ok')
        throw new BackupError(`the backup's database fails SQLite's integrity check`)
    } finally {
      client.close()
    }
    if ((await lastMigrationSqlite(incoming)).migration !== manifest.migration)
      throw new BackupError(
        `the backup's database is not at migration ${manifest.migration}, as its manifest says`,
      )
  } catch (error) {
    await rm(incoming, { force: true })
    throw error
  }
  return async () => {
    const kept = `${live}.before-restore-${stamp}`
    if (existsSync(live)) await copyFile(live, kept)
    // A journal left by a server that died belongs to the old database: it must not be replayed into the new one.
    for (const suffix of ['-journal', '-wal', '-shm'])
      if (existsSync(live + suffix)) await rename(live + suffix, kept + suffix)
    await rename(incoming, live)
    return existsSync(kept) ? kept : undefined
  }
}

async function restorePostgres(env: CmsEnv, dir: string, manifest: BackupManifest, stamp: string) {
  const url = new URL(env.databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  const incoming = `${name}_restoring_${stamp}`.slice(0, 63)
  const kept = `${name}_before_restore_${stamp}`.slice(0, 63)
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  await admin.connect()
  const ident = (text: string) => `"${text.replaceAll('"', '""')}"`
  try {
    await admin.query(`CREATE DATABASE ${ident(incoming)} TEMPLATE template0`)
    const incomingUrl = new URL(url)
    incomingUrl.pathname = `/${encodeURIComponent(incoming)}`
    try {
      await run(pgTool('pg_restore'), [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${incomingUrl.toString()}`,
        path.join(dir, manifest.database),
      ]).catch((error: { stderr?: string; message: string }) => {
        throw new BackupError(`pg_restore failed: ${(error.stderr || error.message).trim()}`)
      })
      const check = new pg.Client({ connectionString: incomingUrl.toString() })
      await check.connect()
      try {
        const { rows } = await check.query<{ name: string }>(
          'SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name DESC LIMIT 1',
        )
        if (rows[0]?.name !== manifest.migration)
          throw new BackupError(
            `the backup's database is not at migration ${manifest.migration}, as its manifest says`,
          )
      } finally {
        await check.end()
      }
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS ${ident(incoming)}`)
      throw error
    }
  } catch (error) {
    await admin.end()
    throw error
  }
  return async () => {
    try {
      const { rows } = await admin.query<{ count: string }>(
        'SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      )
      if (Number(rows[0]?.count) > 0) {
        await admin.query(`DROP DATABASE IF EXISTS ${ident(incoming)}`)
        throw new BackupError(
          `${rows[0]?.count} connection(s) to database ${name} are open: stop the CMS (and anything else using it) first; nothing was changed`,
        )
      }
      // Both renames or neither.
      await admin.query('BEGIN')
      await admin.query(`ALTER DATABASE ${ident(name)} RENAME TO ${ident(kept)}`)
      await admin.query(`ALTER DATABASE ${ident(incoming)} RENAME TO ${ident(name)}`)
      await admin.query('COMMIT')
      return `database ${kept}`
    } finally {
      await admin.end()
    }
  }
}

export type RestoreResult = {
  manifest: BackupManifest
  /** Where the replaced database and media were kept. */
  kept: string[]
  webCache: DropResult
  ms: number
}

/** Restores the backup in `dir` over the configured database and media; see the file's comment. */
export async function restoreBackup(env: CmsEnv, dir: string): Promise<RestoreResult> {
  const started = performance.now()
  const manifest = await checkBackup(env, dir)
  if (await cmsIsRunning(env))
    throw new BackupError(
      `the CMS at ${env.CMS_URL} is running: stop it first (restore replaces its database); nothing was changed`,
    )
  const stamp = stampOf(new Date())
  // The media folder is built beside the live one first, then the database; both are swapped in last.
  const incomingMedia = `${env.mediaDir}.restoring-${stamp}`
  await rm(incomingMedia, { recursive: true, force: true })
  await cp(path.join(dir, 'media'), incomingMedia, { recursive: true })
  await mkdir(incomingMedia, { recursive: true })

  const kept: string[] = []
  try {
    const swapDatabase =
      manifest.engine === 'sqlite'
        ? await restoreSqlite(env, dir, manifest, stamp)
        : await restorePostgres(env, dir, manifest, stamp)
    const keptDatabase = await swapDatabase()
    if (keptDatabase) kept.push(keptDatabase)
  } catch (error) {
    await rm(incomingMedia, { recursive: true, force: true })
    throw error
  }
  const keptMedia = `${env.mediaDir}.before-restore-${stamp}`
  if (existsSync(env.mediaDir)) {
    await rename(env.mediaDir, keptMedia)
    kept.push(keptMedia)
  }
  await rename(incomingMedia, env.mediaDir)

  const webCache = await dropCmsWebCache(env)
  return { manifest, kept, webCache, ms: performance.now() - started }
}
