/**
 * The supervisor around real child processes (small Node servers standing in for the CMS and the web
 * app): a SIGKILLed one comes back after the back-off while the other keeps answering, each restart is
 * logged with how the process ended and the delay, and stop() ends everything without restarts.
 */
import { createServer } from 'node:net'

import { supervise, type Supervisor } from '../../scripts/lib/supervisor'

// Each test starts several Node processes, which take a while on a loaded machine.
jest.setTimeout(30_000)

const policy = { initialDelayMs: 200, maxDelayMs: 800, healthyAfterMs: 60_000, maxConsecutiveFailures: 3 }

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** A child that answers 200 "<name> <pid>" on its port. */
function server(name: string, port: number) {
  const code = `require('node:http').createServer((q, s) => s.end('${name} ' + process.pid)).listen(${port}, '127.0.0.1')`
  return {
    name,
    command: process.execPath,
    args: ['-e', code],
    options: { env: { PATH: process.env.PATH ?? '' } as unknown as NodeJS.ProcessEnv },
  }
}

async function get(port: number): Promise<string | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) })
    return response.ok ? await response.text() : null
  } catch {
    return null
  }
}

async function waitFor<T>(
  check: () => Promise<T | null | undefined> | T | null | undefined,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const value = await check()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('timed out')
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('the npm start supervisor', () => {
  let supervisor: Supervisor | undefined
  afterEach(async () => {
    await supervisor?.stop()
    supervisor = undefined
  })

  it('restarts a SIGKILLed service after the back-off while the other keeps answering', async () => {
    const [cmsPort, webPort] = [await freePort(), await freePort()]
    const lines: string[] = []
    supervisor = supervise([server('cms', cmsPort), server('web', webPort)], {
      policy,
      log: (l) => lines.push(l),
    })
    const firstCms = await waitFor(() => get(cmsPort))
    const web = await waitFor(() => get(webPort))
    const cmsPid = supervisor.pid('cms')!
    expect(firstCms).toBe(`cms ${cmsPid}`)

    process.kill(cmsPid, 'SIGKILL')
    await waitFor(() => !alive(cmsPid))
    // During the outage the other service answers, from the same process.
    expect(await get(webPort)).toBe(web)
    const back = await waitFor(() => get(cmsPort))
    expect(back).not.toBe(firstCms)
    expect(back).toBe(`cms ${supervisor.pid('cms')}`)
    expect(supervisor.restarts('cms')).toBe(1)
    expect(supervisor.restarts('web')).toBe(0)
    expect(await get(webPort)).toBe(web)
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\[supervisor\] cms stopped unexpectedly \(signal SIGKILL\) after \d+\.\d s; restart 1 in 0\.2 s$/,
      ),
    )

    // A second kill soon after doubles the delay.
    process.kill(supervisor.pid('cms')!, 'SIGKILL')
    await waitFor(() => lines.some((l) => /restart 2 in 0\.4 s$/.test(l)))
    await waitFor(() => get(cmsPort))
  })

  it('logs the exit code, gives up after the policy allows, and keeps the other service up', async () => {
    const webPort = await freePort()
    const lines: string[] = []
    let allGaveUp = false
    const crashing = { name: 'cms', command: process.execPath, args: ['-e', 'process.exit(3)'], options: {} }
    supervisor = supervise([crashing, server('web', webPort)], {
      policy,
      log: (l) => lines.push(l),
      onAllGaveUp: () => (allGaveUp = true),
    })
    await waitFor(() => lines.some((l) => l.includes('giving up')))
    expect(lines.filter((l) => l.startsWith('[supervisor] cms stopped'))).toEqual([
      expect.stringMatching(/\(exit code 3\) after \d+\.\d s; restart 1 in 0\.2 s$/),
      expect.stringMatching(/\(exit code 3\) after \d+\.\d s; restart 2 in 0\.4 s$/),
      expect.stringMatching(/\(exit code 3\) after \d+\.\d s; restart 3 in 0\.8 s$/),
      expect.stringMatching(
        /\(exit code 3\) after \d+\.\d s; giving up: exited 4 times in a row, each within 60 s of starting$/,
      ),
    ])
    expect(await waitFor(() => get(webPort))).toMatch(/^web /)
    expect(allGaveUp).toBe(false)
  })

  it('stop() ends every service and restarts none', async () => {
    const [cmsPort, webPort] = [await freePort(), await freePort()]
    const lines: string[] = []
    supervisor = supervise([server('cms', cmsPort), server('web', webPort)], {
      policy,
      log: (l) => lines.push(l),
    })
    await waitFor(() => get(cmsPort))
    await waitFor(() => get(webPort))
    const pids = [supervisor.pid('cms')!, supervisor.pid('web')!]
    await supervisor.stop()
    expect(pids.filter(alive)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await get(cmsPort)).toBeNull()
    expect(lines.filter((l) => l.includes('stopped'))).toEqual([])
  })
})
