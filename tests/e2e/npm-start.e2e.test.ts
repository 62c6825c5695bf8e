/**
 * `npm start` keeps the reader site up when the CMS dies: the real script (scripts/start.ts, on the
 * suite's build, a copy of the suite's seeded SQLite file and ports HAVEN_E2E_PORT+20/+21), a SIGKILL of the CMS,
 * a cached page still answering 200 during the outage, the CMS restarted by the supervisor, the same
 * for the web app, and Ctrl-C stopping everything.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { bin, rootDir } from '../../scripts/lib/proc'
import { copySuiteDatabase } from './support/copy-database'
import { stackInfo } from './support/stack-file'

const webPort = Number(new URL(stackInfo().webUrl).port) + 20
const cmsPort = webPort + 1
const webUrl = `http://localhost:${webPort}`
const cmsUrl = `http://localhost:${cmsPort}`
const dir = path.join(rootDir, 'tests/.artifacts/npm-start')
const cachedPath = '/articles/emotional-intimacy'

let start: ChildProcess
let output = ''

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status
  } catch {
    return 0
  }
}

async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | false> | T | null | false,
  ms: number,
): Promise<T> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const value = await check()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${what}; npm start printed:\n${output.slice(-3000)}`)
}

/** The pid of the service's latest start, from the supervisor's log. */
function pidOf(name: string): number {
  const matches = [...output.matchAll(new RegExp(`\\[supervisor\\] ${name} started \\(pid (\\d+)\\)`, 'g'))]
  return Number(matches.at(-1)?.[1])
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  // A copy of the suite's seeded database: npm start then migrates it and skips the seed (a minute or two here).
  await copySuiteDatabase(dir)
  start = spawn(bin('tsx'), ['scripts/start.ts'], {
    cwd: rootDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_OPTIONS: '',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      REVALIDATE_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URI: `file:${path.join(dir, 'haven.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      WEB_URL: webUrl,
      CMS_URL: cmsUrl,
      WEB_PORT: String(webPort),
      CMS_PORT: String(cmsPort),
    } as unknown as NodeJS.ProcessEnv,
  })
  for (const stream of [start.stdout, start.stderr])
    stream?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitFor('"Haven is running"', () => output.includes('Haven is running.'), 280_000)
}, 300_000)

afterAll(() => {
  // Whatever happened, nothing this test started outlives it.
  if (start?.pid && start.exitCode === null) {
    try {
      process.kill(-start.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})

describe('npm start', () => {
  it('keeps serving cached pages while the CMS is down, and restarts the CMS', async () => {
    expect(await status(webUrl + cachedPath)).toBe(200)
    const cmsPid = pidOf('cms')
    const webPid = pidOf('web')
    process.kill(cmsPid, 'SIGKILL')
    await waitFor('the CMS to go down', async () => (await status(`${cmsUrl}/api/health`)) === 0, 10_000)

    const page = await fetch(webUrl + cachedPath)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Emotional Intimacy')
    expect(pidOf('web')).toBe(webPid)

    await waitFor('the CMS to come back', async () => (await status(`${cmsUrl}/api/health`)) === 200, 60_000)
    expect(pidOf('cms')).not.toBe(cmsPid)
    expect(output).toMatch(
      /\[supervisor\] cms stopped unexpectedly \(signal SIGKILL\) after \d+\.\d s; restart 1 in 1 s/,
    )
    expect(alive(webPid)).toBe(true)
    expect(await status(webUrl + cachedPath)).toBe(200)
  }, 90_000)

  it('restarts the web app when it dies, which then shows what was saved while it was down', async () => {
    const before = await fetch(`${webUrl}/about-us`)
    expect(before.status).toBe(200)
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@haven.test', password: 'haven-demo-password' }),
    })
    const auth = {
      Authorization: `JWT ${((await login.json()) as { token: string }).token}`,
      'Content-Type': 'application/json',
    }
    const pages = (await (
      await fetch(`${cmsUrl}/api/pages?where[slug][equals]=about-us&depth=0`, { headers: auth })
    ).json()) as {
      docs: Array<{ id: number }>
    }

    const webPid = pidOf('web')
    process.kill(webPid, 'SIGKILL')
    await waitFor('the web app to go down', async () => (await status(`${webUrl}/api/health`)) === 0, 10_000)
    // Its notice cannot reach the web app: only the drop after the restart shows this change.
    const title = `About Haven, changed while the site was down ${Date.now()}`
    const saved = await fetch(`${cmsUrl}/api/pages/${pages.docs[0]!.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(saved.status).toBe(200)

    await waitFor(
      'the web app to come back and drop its cache',
      () => output.includes('[supervisor] web is back; it dropped its cached pages'),
      90_000,
    )
    expect(pidOf('web')).not.toBe(webPid)
    expect(output).toMatch(
      /\[supervisor\] web stopped unexpectedly \(signal SIGKILL\) after \d+\.\d s; restart 1 in 1 s/,
    )
    const after = await fetch(`${webUrl}/about-us`)
    expect(after.status).toBe(200)
    expect(await after.text()).toContain(title)
  }, 120_000)

  it('stops everything on Ctrl-C, restarting nothing', async () => {
    const pids = [pidOf('cms'), pidOf('web')]
    const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)))
    process.kill(start.pid!, 'SIGINT')
    expect(await exited).toBe(0)
    expect(pids.filter(alive)).toEqual([])
    expect(await status(webUrl + cachedPath)).toBe(0)
    expect(output.split('\n').filter((l) => l.includes('stopped unexpectedly'))).toHaveLength(2)
  }, 30_000)
})
