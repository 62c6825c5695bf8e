/**
 * A throw-away PostgreSQL server for tests and for generating migrations: a fresh cluster in
 * `tests/.artifacts/pg-<pid>`, listening on 127.0.0.1 only (a free port from 55432 up) and on a unix
 * socket inside that folder, with one database, `haven`. Nothing touches a system cluster (Debian's
 * package may run one on 5432; it is left alone).
 *
 * It uses the server binaries of Debian's `postgresql` package (/usr/lib/postgresql/<version>/bin, the
 * highest version when several are installed); they are not on PATH.
 *
 * Running as root: `initdb` and `postgres` refuse to run as root (a server that owns the data files
 * must not be able to touch the rest of the system). So as root the folder is handed to the
 * `postgres` account the package creates, and `initdb` and `pg_ctl` run as that account through
 * `runuser`. As any other user they run as that user.
 *
 * The cluster trusts every local connection (no password): it listens on loopback only, lives for one
 * run and holds nothing but test data. fsync is off for speed; a crash loses it, which is fine here.
 */
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { rootDir } from './proc'

export type PostgresServer = {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url: string
  port: number
  /** The folder holding the cluster (`data/`), its socket (`run/`) and its log (`postgres.log`). */
  dir: string
  /**
   * Stops the server at once (no shutdown checkpoint: the data is thrown away) and removes its folder
   * unless `keepDir` is given. Idempotent.
   */
  stop: (options?: { keepDir?: boolean }) => Promise<void>
}

export type PostgresOptions = {
  /** Database created on start (default `haven`). */
  database?: string
  /** First port tried (default 55432); the next free one is used. */
  basePort?: number
  /** Where the cluster's folder goes (default `<repo>/tests/.artifacts`). */
  parentDir?: string
}

const PG_ROOT = '/usr/lib/postgresql'
const APT_HINT = "install Debian's package (as root): apt-get update && apt-get install -y postgresql"
/** Unix socket paths are limited to 107 bytes (sun_path); deeper clones put the socket in /tmp. */
const MAX_SOCKET_PATH = 100
const isRoot = process.getuid?.() === 0

/** The `bin` folder of the newest PostgreSQL under /usr/lib/postgresql; throws naming the apt package if none. */
export function postgresBinDir(): string {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(path.join(PG_ROOT, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (versions.length === 0)
    throw new Error(`PostgreSQL is not installed (no ${PG_ROOT}/*/bin/initdb): ${APT_HINT}`)
  return path.join(PG_ROOT, versions[0]!, 'bin')
}

/** Runs a PostgreSQL binary, as the `postgres` account when we are root; returns its output. */
function pg(binDir: string, tool: string, args: string[], cwd: string): string {
  const command = path.join(binDir, tool)
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  try {
    return execFileSync(file, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string }
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim()
    throw new Error(`${tool} ${args.join(' ')} failed: ${output || e.message}`)
  }
}

function postgresOwner(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    throw new Error(`running as root needs the "postgres" account that Debian's package creates: ${APT_HINT}`)
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Stops and removes clusters left behind by runs that died before their teardown (e.g. killed jest). */
function reapStale(binDir: string, parentDir: string): void {
  if (!existsSync(parentDir)) return
  for (const name of readdirSync(parentDir)) {
    const match = /^pg-(\d+)(?:-\d+)?$/.exec(name)
    if (!match || Number(match[1]) === process.pid || isAlive(Number(match[1]))) continue
    const dir = path.join(parentDir, name)
    if (existsSync(path.join(dir, 'data/postmaster.pid'))) {
      try {
        pg(binDir, 'pg_ctl', ['stop', '-D', path.join(dir, 'data'), '-m', 'immediate', '-w'], dir)
      } catch {
        // Not running any more: only the files are left.
      }
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

let started = 0

/** Starts a fresh cluster and creates the database; see the file's comment. */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const { database = 'haven', basePort = 55432 } = options
  const parentDir = options.parentDir ?? path.join(rootDir, 'tests/.artifacts')
  const binDir = postgresBinDir()
  reapStale(binDir, parentDir)

  started += 1
  const dir = path.join(parentDir, started === 1 ? `pg-${process.pid}` : `pg-${process.pid}-${started}`)
  const dataDir = path.join(dir, 'data')
  const logFile = path.join(dir, 'postgres.log')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let socketDir = path.join(dir, 'run')
  const extraDirs: string[] = []
  if (`${socketDir}/.s.PGSQL.65535`.length > MAX_SOCKET_PATH) {
    socketDir = mkdtempSync(path.join(tmpdir(), 'pg-'))
    extraDirs.push(socketDir)
  } else mkdirSync(socketDir)
  if (isRoot) {
    const { uid, gid } = postgresOwner()
    for (const d of [dir, socketDir]) chownSync(d, uid, gid)
    try {
      execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-w', dir], { stdio: 'ignore' })
    } catch {
      for (const d of [dir, ...extraDirs]) rmSync(d, { recursive: true, force: true })
      throw new Error(
        `the postgres account cannot reach ${dir}: every folder above it must be searchable by others (chmod o+x), or pass parentDir`,
      )
    }
  }

  pg(
    binDir,
    'initdb',
    [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
      '--no-instructions',
    ],
    dir,
  )

  let port = basePort
  for (let attempt = 0; ; attempt += 1) {
    while (!(await portIsFree(port))) port += 1
    const serverOptions = [
      `-p ${port}`,
      `-k '${socketDir}'`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ')
    try {
      pg(
        binDir,
        'pg_ctl',
        ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions],
        dir,
      )
      break
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
      // Another process took the port between the check and the start: try the next one.
      if (attempt < 10 && /could not bind|address already in use/i.test(log)) {
        port += 1
        continue
      }
      rmSync(dir, { recursive: true, force: true })
      throw new Error(`${(error as Error).message}\n${log.split('\n').slice(-20).join('\n')}`)
    }
  }

  let running = true
  const stopSync = (keepDir = false) => {
    if (running) {
      running = false
      try {
        pg(binDir, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w'], dir)
      } catch (error) {
        console.error(`postgres: ${(error as Error).message}`)
      }
    }
    if (!keepDir) for (const d of [dir, ...extraDirs]) rmSync(d, { recursive: true, force: true })
  }
  // A run that exits without calling stop() (an error in a test's setup) still takes its server down.
  const onExit = () => stopSync()
  process.once('exit', onExit)

  try {
    execFileSync(
      path.join(binDir, 'createdb'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
  } catch (error) {
    stopSync()
    throw new Error(`createdb ${database} failed: ${String((error as { stderr?: Buffer }).stderr ?? error)}`)
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    dir,
    stop: async ({ keepDir = false } = {}) => {
      process.off('exit', onExit)
      stopSync(keepDir)
    },
  }
}
