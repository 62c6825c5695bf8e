/**
 * With REDIS_URL, web instances share one cache: a page one instance rendered is served by another
 * without asking the CMS, and a revalidation sent to one instance expires the page for all. Two web
 * servers on the same build, each from its own copy of it (so Next's cache on disk is not shared: only
 * Redis can carry a page from one to the other), a throw-away Redis (Debian's redis-server) and a
 * counting proxy in front of the CMS for each server, so the test sees exactly which instance read the
 * CMS. A third server without Redis shows that a page another server rendered is not served from disk.
 */
import { spawn, type ChildProcess } from 'node:child_process'

import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'

import { startSideWeb, type SideWeb } from './support/side-web'
import { stackInfo } from './support/stack-file'

const stack = stackInfo()
const basePort = Number(new URL(stack.webUrl).port)
const redisPort = basePort + 6

let redis: ChildProcess
let a: SideWeb
let b: SideWeb
let alone: SideWeb

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
  const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` }
  a = await startSideWeb(basePort + 4, env)
  b = await startSideWeb(basePort + 5, env)
  alone = await startSideWeb(basePort + 7)
}, 180_000)

afterAll(async () => {
  await a?.stop()
  await b?.stop()
  await alone?.stop()
  redis?.kill('SIGTERM')
})

const title = async (response: Response) => (await response.text()).match(/<title>([^<]*)<\/title>/)?.[1]

describe('the shared Redis cache', () => {
  const personPath = '/people/maren-okafor'

  it('serves a page one instance rendered from another instance without reading the CMS', async () => {
    a.proxy.resetReads()
    const first = await fetch(a.url + personPath)
    expect(first.status).toBe(200)
    const name = await title(first)
    expect(name).toMatch(/Maren Okafor/)
    expect(a.proxy.reads()).toBeGreaterThan(0)

    b.proxy.resetReads()
    const second = await fetch(b.url + personPath)
    expect(second.status).toBe(200)
    expect(await title(second)).toBe(name)
    expect(b.proxy.reads()).toBe(0)

    // Without Redis, a server renders the page itself, reading the CMS: nothing reached B another way.
    alone.proxy.resetReads()
    const third = await fetch(alone.url + personPath)
    expect(third.status).toBe(200)
    expect(await title(third)).toBe(name)
    expect(alone.proxy.reads()).toBeGreaterThan(0)
  })

  it('expires a page for every instance when any one of them is told it changed', async () => {
    const response = await fetch(`${a.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: stack.revalidateSecret },
      body: JSON.stringify({ tags: ['people:maren-okafor'] }),
    })
    expect(response.status).toBe(200)
    b.proxy.resetReads()
    const after = await fetch(b.url + personPath)
    expect(after.status).toBe(200)
    expect(b.proxy.reads()).toBeGreaterThan(0)
  })
})
