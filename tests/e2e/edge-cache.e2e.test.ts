/**
 * The edge cache in front of the real web app (issue 12, part 2): Debian's Varnish with xkey, the VCL of
 * scripts/lib/varnish.ts, and a web server on the suite's build started with EDGE_URL. Checked: the
 * second request for a page (HTML, and the RSC payload of a client navigation) is an edge HIT and
 * readers never see the tags; a revalidation sent to the
 * web app purges exactly the pages carrying its tags at the edge (the article, not a person page);
 * and with the web app stopped, the edge keeps serving its copy (grace).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { REVALIDATE_SECRET_HEADER } from '@haven/schemas'

import { findVarnishd, hasXkey, renderVcl, VARNISH_MISSING, varnishArgs } from '../../scripts/lib/varnish'
import { startSideWeb, type SideWeb } from './support/side-web'
import { stackInfo } from './support/stack-file'

const stack = stackInfo()
const webPort = Number(new URL(stack.webUrl).port) + 40
const edgePort = webPort + 1
const edge = `http://127.0.0.1:${edgePort}`
const article = '/articles/emotional-intimacy'
const person = '/people/maren-okafor'

let varnish: ChildProcess | undefined
let web: SideWeb | undefined
let dir = ''

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Next's client router asks for a page's RSC payload with these headers: another variant at the edge. */
const rsc = { RSC: '1' }

async function get(pathname: string, base = edge, headers: Record<string, string> = {}) {
  const response = await fetch(base + pathname, { redirect: 'manual', headers })
  const body = await response.text()
  return {
    status: response.status,
    edgeCache: response.headers.get('x-edge-cache'),
    xkey: response.headers.get('xkey'),
    body,
  }
}

/** Asks until the edge answers a HIT (the first answer may be a MISS while Next renders). */
async function untilHit(pathname: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 10; i += 1) {
    const answer = await get(pathname, edge, headers)
    if (answer.edgeCache === 'HIT') return answer
    await sleep(300)
  }
  throw new Error(`${pathname} never became an edge HIT`)
}

beforeAll(async () => {
  const varnishd = findVarnishd()
  if (!varnishd || !hasXkey()) throw new Error(VARNISH_MISSING)
  dir = mkdtempSync(path.join(tmpdir(), 'haven-edge-e2e-'))
  const vclFile = path.join(dir, 'site.vcl')
  writeFileSync(
    vclFile,
    renderVcl({
      backends: [{ name: 'web1', host: '127.0.0.1', port: webPort }],
      purgers: ['"127.0.0.1"', '"::1"'],
    }),
  )
  varnish = spawn(
    varnishd,
    varnishArgs({ listen: `127.0.0.1:${edgePort}`, vclFile, workDir: path.join(dir, 'work'), memory: '64m' }),
    { stdio: 'ignore' },
  )
  web = await startSideWeb(webPort, { EDGE_URL: edge })
  // Varnish's probe must see the web app healthy before it asks it (grace 0 while healthy).
  const deadline = Date.now() + 30_000
  while ((await get('/api/health').catch(() => null))?.status !== 200) {
    if (Date.now() > deadline) throw new Error('the edge did not reach the web app within 30 s')
    await sleep(300)
  }
  await sleep(5000)
}, 180_000)

afterAll(async () => {
  await web?.stop()
  varnish?.kill('SIGTERM')
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the edge cache in front of the web app', () => {
  it('tags each page with its cache tags at the origin, and serves it from the edge without them', async () => {
    const origin = await get(article, web!.url)
    expect(origin.status).toBe(200)
    expect(origin.xkey?.split(' ')).toEqual(expect.arrayContaining(['cms', 'articles:emotional-intimacy']))
    const hit = await untilHit(article)
    expect(hit.status).toBe(200)
    expect(hit.xkey).toBeNull()
    expect(hit.body).toContain('Emotional Intimacy')
  })

  it('serves a client navigation’s RSC payload from the edge, at the address Next names for it', async () => {
    // Without `_rsc` Next redirects to the address whose `_rsc` is the hash of the request's headers
    // (never stored at the edge); that address is cached like the page.
    const first = await fetch(edge + article, { headers: rsc, redirect: 'manual' })
    expect(first.status).toBe(307)
    const location = first.headers.get('location') ?? ''
    // With no router headers the hash is empty: `?_rsc` alone.
    expect(location).toMatch(/^\/articles\/emotional-intimacy\?_rsc(=|$)/)
    const hit = await untilHit(location, rsc)
    expect(hit.status).toBe(200)
    expect(hit.xkey).toBeNull()
    expect(hit.body).not.toMatch(/^<!DOCTYPE/i)
    expect(hit.body).toContain('Emotional Intimacy')
  })

  it('purges exactly the pages carrying the revalidated tags, HTML and RSC alike', async () => {
    await untilHit(article)
    const rscAddress =
      (await fetch(edge + article, { headers: rsc, redirect: 'manual' })).headers.get('location') ?? ''
    await untilHit(rscAddress, rsc)
    await untilHit(person)
    const response = await fetch(`${web!.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: stack.revalidateSecret },
      body: JSON.stringify({ tags: ['articles:emotional-intimacy'] }),
    })
    expect(response.status).toBe(200)
    expect((await get(article)).edgeCache).toBe('MISS')
    expect((await get(rscAddress, edge, rsc)).edgeCache).toBe('MISS')
    expect((await get(person)).edgeCache).toBe('HIT')
  })

  it('keeps serving its copy while the web app is stopped (grace)', async () => {
    const before = await untilHit(person)
    await web!.stop()
    web = undefined
    // The probe marks the backend sick within a few seconds; the copy is served throughout.
    for (const wait of [0, 4000, 4000]) {
      await sleep(wait)
      const answer = await get(person)
      expect(answer.status).toBe(200)
      expect(answer.body).toBe(before.body)
    }
  }, 60_000)
})
