/**
 * With REDIS_URL, web instances share one cache: a page one instance rendered is served by another
 * without asking the CMS, and a revalidation sent to one instance expires the page for all. Two web
 * servers on the same build, a throw-away Redis (Debian's redis-server) and a counting proxy in front
 * of the CMS for each server, so the test sees exactly which instance read the CMS.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'

import { bin, rootDir, startService, waitForOk } from '../../scripts/lib/proc'
import { stopChildren } from '../../scripts/lib/stack'
import { stackInfo } from './support/stack-file'

const stack = stackInfo()
const basePort = Number(new URL(stack.webUrl).port)
const redisPort = basePort + 6

type Instance = { url: string; proxy: Server; reads: () => number; reset: () => void; process: ChildProcess }
let redis: ChildProcess
let a: Instance
let b: Instance

/** A proxy to the real CMS that counts the reads passing through it. */
async function countingProxy(): Promise<{ server: Server; reads: () => number; reset: () => void }> {
  let count = 0
  const server = createServer((req, res) => {
    count += 1
    fetch(stack.cmsUrl + (req.url ?? '/'), { headers: { accept: req.headers.accept ?? '*/*' } })
      .then(async (upstream) => {
        res.writeHead(upstream.status, {
          'content-type': upstream.headers.get('content-type') ?? 'text/plain',
        })
        res.end(Buffer.from(await upstream.arrayBuffer()))
      })
      .catch(() => {
        res.writeHead(502)
        res.end()
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, reads: () => count, reset: () => (count = 0) }
}

async function startInstance(port: number): Promise<Instance> {
  const proxy = await countingProxy()
  const url = `http://localhost:${port}`
  const child = startService(`redis-web-${port}`, bin('next'), ['start', '--port', String(port)], {
    cwd: path.join(rootDir, 'apps/web'),
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CMS_URL: `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`,
      WEB_URL: url,
      REVALIDATE_SECRET: stack.revalidateSecret,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    },
  })
  child.stdout?.removeAllListeners('data')
  child.stdout?.resume()
  await waitForOk(`${url}/api/health`, 60_000)
  return { url, proxy: proxy.server, reads: proxy.reads, reset: proxy.reset, process: child }
}

beforeAll(async () => {
  redis = spawn(
    'redis-server',
    [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--notify-keyspace-events',
      'Exe',
    ],
    { stdio: 'ignore' },
  )
  redis.on('error', (error) => {
    throw new Error(
      `redis-server could not start (apt-get install redis-server; .ci/run does): ${error.message}`,
    )
  })
  await new Promise((resolve) => setTimeout(resolve, 500))
  a = await startInstance(basePort + 4)
  b = await startInstance(basePort + 5)
}, 120_000)

afterAll(async () => {
  stopChildren([a?.process, b?.process].filter(Boolean) as ChildProcess[])
  for (const instance of [a, b]) instance?.proxy.close()
  redis?.kill('SIGTERM')
})

const title = async (response: Response) => (await response.text()).match(/<title>([^<]*)<\/title>/)?.[1]

describe('the shared Redis cache', () => {
  const personPath = '/people/maren-okafor'

  it('serves a page one instance rendered from another instance without reading the CMS', async () => {
    a.reset()
    const first = await fetch(a.url + personPath)
    expect(first.status).toBe(200)
    const name = await title(first)
    expect(name).toMatch(/Maren Okafor/)
    expect(a.reads()).toBeGreaterThan(0)

    b.reset()
    const second = await fetch(b.url + personPath)
    expect(second.status).toBe(200)
    expect(await title(second)).toBe(name)
    expect(b.reads()).toBe(0)
  })

  it('expires a page for every instance when any one of them is told it changed', async () => {
    const response = await fetch(`${a.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: stack.revalidateSecret },
      body: JSON.stringify({ tags: ['people:maren-okafor'] }),
    })
    expect(response.status).toBe(200)
    b.reset()
    const after = await fetch(b.url + personPath)
    expect(after.status).toBe(200)
    expect(b.reads()).toBeGreaterThan(0)
  })
})
