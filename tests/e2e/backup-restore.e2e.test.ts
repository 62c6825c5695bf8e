/**
 * `npm run backup` / `npm run restore` on SQLite, as an operator runs them: a stack of its own (a copy
 * of the suite's seeded database, ports HAVEN_E2E_PORT+30/+31), a backup taken while the CMS runs,
 * content added, changed and deleted afterwards (a published page the reader site then caches, an
 * article's title, a media file), the CMS stopped, the backup restored. Every table's rows and every
 * media file are as they were at the backup, nothing lost and nothing extra, and the reader page the
 * restore removed is gone from the web app's cache.
 */
import { execFile, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'

import { bin, rootDir, startService, waitForOk } from '../../scripts/lib/proc'
import { startStack, stopChildren, type Stack } from '../../scripts/lib/stack'
import { copySuiteDatabase } from './support/copy-database'
import { stackInfo } from './support/stack-file'

const exec = promisify(execFile)
const webPort = Number(new URL(stackInfo().webUrl).port) + 30
const backupDir = path.join(rootDir, 'tests/.artifacts/backup-e2e-backup')

let stack: Stack & { children: ChildProcess[] }
let cms: ChildProcess

/** Every row of every table, in a stable order: the whole database as comparable data. */
async function tables(file: string): Promise<Record<string, unknown[]>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const names = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const all: Record<string, unknown[]> = {}
    for (const { name } of names.rows) {
      const rows = await client.execute(`SELECT * FROM "${String(name)}"`)
      all[String(name)] = rows.rows.map((row) => JSON.stringify(row)).sort()
    }
    return all
  } finally {
    client.close()
  }
}

/** Every media file with its checksum. */
function mediaFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (statSync(file).isFile()) files[name] = createHash('sha256').update(readFileSync(file)).digest('hex')
  }
  return files
}

async function script(name: 'backup' | 'restore', args: string[]) {
  try {
    const { stdout, stderr } = await exec(bin('tsx'), [`scripts/${name}.ts`, ...args], {
      cwd: rootDir,
      env: { ...stack.env, NODE_ENV: 'development' },
    })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

async function stopCms(): Promise<void> {
  if (cms.exitCode !== null || cms.signalCode !== null) return
  const exited = new Promise((resolve) => cms.once('exit', resolve))
  cms.kill('SIGTERM')
  await exited
}

function startCms(): Promise<void> {
  cms = startService('backup-cms', bin('next'), ['start', '--port', String(webPort + 1)], {
    cwd: path.join(rootDir, 'apps/cms'),
    env: { ...stack.env, NODE_ENV: 'production' },
  })
  cms.stdout?.removeAllListeners('data')
  cms.stdout?.resume()
  return waitForOk(`${stack.cmsUrl}/api/health`, 60_000)
}

async function admin(): Promise<Record<string, string>> {
  const response = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
  })
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

beforeAll(async () => {
  rmSync(backupDir, { recursive: true, force: true })
  stack = await startStack({
    name: 'backup-e2e',
    webPort,
    cmsPort: webPort + 1,
    build: false,
    seed: false,
    prepare: async (dir) => void (await copySuiteDatabase(dir)),
  })
  cms = stack.children[0]!
}, 180_000)

afterAll(async () => {
  stopChildren([cms, ...stack.children])
})

const databaseFile = () => path.join(stack.dir, 'haven.db')
const mediaDir = () => path.join(stack.dir, 'media')

describe('npm run backup and npm run restore (SQLite)', () => {
  it('bring back every row and every media file, and the web app drops the pages the restore removed', async () => {
    const auth = await admin()
    const articles = (await (
      await fetch(`${stack.cmsUrl}/api/articles?limit=1&depth=0&sort=id`, { headers: auth })
    ).json()) as {
      docs: Array<{ id: number; slug: string; title: string }>
    }
    const article = articles.docs[0]!
    expect((await fetch(`${stack.webUrl}/articles/${article.slug}`)).status).toBe(200)

    // The backup, taken while the CMS runs; the state it must bring back.
    const before = { tables: await tables(databaseFile()), media: mediaFiles(mediaDir()) }
    const backup = await script('backup', [backupDir])
    expect(backup).toMatchObject({ code: 0 })
    expect(backup.out).toMatch(
      /^backup: sqlite database at migration \S+ and \d+ media files, [\d.]+ MB in [\d.]+ s/,
    )
    console.log(backup.out.trim())

    // After the backup: a changed title, a new and a lost media file, then a new published page that
    // the reader site caches (last, so no other change's notice has touched its cached copy).
    const changed = await fetch(`${stack.cmsUrl}/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: 'Changed after the backup' }),
    })
    expect(changed.status).toBe(200)
    writeFileSync(path.join(mediaDir(), 'added-after-the-backup.txt'), 'extra')
    const existingMedia = Object.keys(before.media)
    if (existingMedia[0]) unlinkSync(path.join(mediaDir(), existingMedia[0]))
    const slug = `after-the-backup-${Date.now()}`
    const created = await fetch(`${stack.cmsUrl}/api/pages`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Written after the backup',
        slug,
        body: paragraph('Gone after the restore.'),
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const page = await fetch(`${stack.webUrl}/${slug}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Written after the backup')
    expect((await fetch(`${stack.webUrl}/${slug}`)).status).toBe(200)
    expect(await tables(databaseFile())).not.toEqual(before.tables)

    // Restore refuses while the CMS runs, and changes nothing.
    const refused = await script('restore', [backupDir])
    expect(refused.code).toBe(1)
    expect(refused.out).toContain(`restore: the CMS at ${stack.cmsUrl} is running: stop it first`)

    await stopCms()
    const restored = await script('restore', [backupDir])
    expect(restored).toMatchObject({ code: 0 })
    expect(restored.out).toContain('the web app dropped its cached pages')
    console.log(restored.out.trim())

    // Nothing lost, nothing extra: every table's rows and every media file as at the backup.
    expect(await tables(databaseFile())).toEqual(before.tables)
    expect(mediaFiles(mediaDir())).toEqual(before.media)

    await startCms()
    expect((await fetch(`${stack.webUrl}/${slug}`)).status).toBe(404)
    const back = await fetch(`${stack.webUrl}/articles/${article.slug}`)
    expect(back.status).toBe(200)
    expect(await back.text()).toContain(article.title.split(':')[0])
  }, 240_000)

  it('refuses a backup whose files do not match their checksums, changing nothing', async () => {
    const database = readFileSync(databaseFile())
    const tampered = `${backupDir}-tampered`
    rmSync(tampered, { recursive: true, force: true })
    await exec('cp', ['-r', backupDir, tampered])
    writeFileSync(path.join(tampered, 'media/added.txt'), 'not in the manifest')
    const file = path.join(tampered, 'database.sqlite')
    const bytes = readFileSync(file)
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff
    writeFileSync(file, bytes)
    await stopCms()
    const result = await script('restore', [tampered])
    expect(result.code).toBe(1)
    expect(result.out.trim()).toBe(
      'restore: the backup is damaged: database.sqlite does not match its checksum; media/added.txt is not in the manifest',
    )
    expect(readFileSync(databaseFile()).equals(database)).toBe(true)
    await startCms()
  }, 120_000)
})
