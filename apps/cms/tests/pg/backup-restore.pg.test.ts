/**
 * `npm run backup` / `npm run restore` on PostgreSQL: a copy of the suite's seeded database (its own
 * database in the suite's cluster, its own media folder), backed up with the real command (pg_dump),
 * then changed (an article deleted, a title changed, a media file lost and one added), restored with
 * the real command (pg_restore into a new database, swapped in by rename). Every table's rows and every
 * media file must be as at the backup, and the web app (a stand-in that records what it is told)
 * must be told to drop every cached page.
 */
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import pg from 'pg'

import { postgresBinDir } from '../../../../scripts/lib/postgres'
import { bin } from '../../../../scripts/lib/proc'

const exec = promisify(execFile)
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const suiteUrl = new URL(process.env.DATABASE_URI!)
const databaseUrl = new URL(suiteUrl)
databaseUrl.pathname = '/haven_ops'
const work = path.join(path.dirname(process.env.MEDIA_DIR!), 'ops')
const mediaDir = path.join(work, 'media')
const backupDir = path.join(work, 'backup')

let web: Server
let webUrl: string
const told: Array<{ secret: string | undefined; body: string }> = []

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl.toString() })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** Every row of every table, in a stable order. */
async function tables(): Promise<Record<string, string[]>> {
  const names = await query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  )
  const all: Record<string, string[]> = {}
  for (const { tablename } of names)
    all[tablename] = (await query(`SELECT * FROM "${tablename}"`)).map((row) => JSON.stringify(row)).sort()
  return all
}

function mediaFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(mediaDir, { recursive: true }) as string[]) {
    const file = path.join(mediaDir, name)
    if (statSync(file).isFile()) files[name] = createHash('sha256').update(readFileSync(file)).digest('hex')
  }
  return files
}

async function script(name: 'backup' | 'restore', args: string[]) {
  try {
    const { stdout, stderr } = await exec(bin('tsx'), [`scripts/${name}.ts`, ...args], {
      cwd: rootDir,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'development',
        DATABASE_URI: databaseUrl.toString(),
        MEDIA_DIR: mediaDir,
        WEB_URL: webUrl,
        // Nothing listens here: the CMS is stopped.
        CMS_URL: 'http://127.0.0.1:9',
      },
    })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(process.env.MEDIA_DIR!, mediaDir, { recursive: true })
  // A copy of the seeded database, made with the server's own tools (not the code under test).
  const tools = postgresBinDir()
  const connection = ['-h', suiteUrl.hostname, '-p', suiteUrl.port, '-U', 'postgres']
  execFileSync(path.join(tools, 'createdb'), [...connection, 'haven_ops'])
  const dump = path.join(work, 'seed.pgdump')
  execFileSync(path.join(tools, 'pg_dump'), [...connection, '-Fc', '-f', dump, 'haven'])
  execFileSync(path.join(tools, 'pg_restore'), [...connection, '-d', 'haven_ops', dump])
  web = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      told.push({ secret: req.headers['x-revalidate-secret'] as string | undefined, body })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"revalidated":["cms"],"now":0}')
    })
  })
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve))
  webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`
}, 120_000)

afterAll(async () => {
  await new Promise((resolve) => web?.close(resolve))
})

it('backs up and restores every row and every media file, and tells the web app to drop its cache', async () => {
  const before = { tables: await tables(), media: mediaFiles() }
  expect(Object.keys(before.media).length).toBeGreaterThan(0)
  const backup = await script('backup', [backupDir])
  expect(backup).toMatchObject({ code: 0 })
  expect(backup.out).toMatch(/^backup: postgres database at migration \S+ and \d+ media files/)
  console.log(backup.out.trim())

  const [article] = await query<{ id: number }>('SELECT id FROM articles ORDER BY id LIMIT 1')
  await query('UPDATE articles SET title = $1 WHERE id <> $2', ['Changed after the backup', article!.id])
  await query('DELETE FROM articles WHERE id = $1', [article!.id])
  unlinkSync(path.join(mediaDir, Object.keys(before.media)[0]!))
  writeFileSync(path.join(mediaDir, 'added-after-the-backup.txt'), 'extra')
  expect(await tables()).not.toEqual(before.tables)

  const restored = await script('restore', [backupDir])
  expect(restored).toMatchObject({ code: 0 })
  expect(restored.out).toMatch(
    /^restore: postgres database at migration \S+ \(backed up [^)]+\) and media restored/,
  )
  expect(restored.out).toContain('the replaced copy is kept as database haven_ops_before_restore_')
  console.log(restored.out.trim())

  expect(await tables()).toEqual(before.tables)
  expect(mediaFiles()).toEqual(before.media)
  expect(told).toEqual([{ secret: process.env.REVALIDATE_SECRET, body: '{"tags":["cms"],"expireNow":true}' }])
}, 180_000)

it('refuses a backup of another engine and a backup that is damaged, changing nothing', async () => {
  const before = await tables()
  const manifestFile = path.join(backupDir, 'manifest.json')
  const manifest = readFileSync(manifestFile, 'utf8')
  try {
    writeFileSync(manifestFile, manifest.replace('"engine": "postgres"', '"engine": "sqlite"'))
    expect(await script('restore', [backupDir])).toEqual({
      code: 1,
      out: 'restore: this backup is of a sqlite database, but DATABASE_URI names a postgres one\n',
    })
    writeFileSync(manifestFile, manifest)
    const dump = path.join(backupDir, 'database.pgdump')
    const bytes = readFileSync(dump)
    writeFileSync(dump, bytes.subarray(0, bytes.length - 10))
    expect(await script('restore', [backupDir])).toEqual({
      code: 1,
      out: 'restore: the backup is damaged: database.pgdump does not match its checksum\n',
    })
  } finally {
    writeFileSync(manifestFile, manifest)
  }
  expect(await tables()).toEqual(before)
}, 120_000)
