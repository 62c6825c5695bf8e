/**
 * The edge cache's VCL (scripts/lib/varnish.ts) against a real Varnish (Debian's `varnish` and
 * `varnish-modules`, installed by .ci/run): a counting origin stands in for the web app, so the test
 * sees exactly which requests reached it. Checked: a HIT on the second request with the tags stripped,
 * a purge by tag that drops exactly the pages carrying it, a refused purge from a request without
 * tags, the consent cookie not splitting the cache, a Payload session passed, `Set-Cookie` and untagged
 * pages never stored, a soft purge fresh while the origin is healthy, and grace while it is down.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { findVarnishd, hasXkey, renderVcl, VARNISH_MISSING, varnishArgs } from '../../scripts/lib/varnish'

const varnishd = findVarnishd()

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('renderVcl', () => {
  it('refuses a backend name or host that would not be valid VCL', () => {
    expect(() => renderVcl({ backends: [], purgers: ['"127.0.0.1"'] })).toThrow(/at least one backend/)
    expect(() => renderVcl({ backends: [{ name: 'web', host: '127.0.0.1', port: 1 }], purgers: [] })).toThrow(
      /taken by the director/,
    )
    expect(() =>
      renderVcl({ backends: [{ name: 'Web-1', host: '127.0.0.1', port: 1 }], purgers: [] }),
    ).toThrow(/"Web-1" is not a VCL identifier/)
    expect(() => renderVcl({ backends: [{ name: 'web1', host: 'a"; }', port: 1 }], purgers: [] })).toThrow(
      /is not a host name/,
    )
  })

  it('is what varnishd compiles', () => {
    if (!varnishd || !hasXkey()) throw new Error(VARNISH_MISSING)
    const dir = mkdtempSync(path.join(tmpdir(), 'haven-vcl-'))
    try {
      const file = path.join(dir, 'site.vcl')
      writeFileSync(
        file,
        renderVcl({
          backends: [
            // varnishd resolves backend hosts when it loads the VCL: names that resolve here.
            { name: 'web1', host: '127.0.0.1', port: 3000 },
            { name: 'web2', host: 'localhost', port: 3002 },
          ],
          purgers: ['"127.0.0.1"', '"10.0.0.0"/8'],
        }),
      )
      const result = spawnSync(varnishd, ['-C', '-j', 'none', '-f', file, '-n', path.join(dir, 'work')], {
        encoding: 'utf8',
      })
      expect(result.stderr).not.toMatch(/VCL compilation failed/)
      expect(result.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the edge cache in front of an origin', () => {
  let origin: Server
  let varnish: ChildProcess
  let edge: string
  let dir: string
  let originPort: number
  const renders = new Map<string, number>()

  /** The origin: pages tagged by their path, like the web app's pages carry their CMS tags. */
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/'
    if (url === '/api/health') {
      res.writeHead(200).end('ok')
      return
    }
    const count = (renders.get(url) ?? 0) + 1
    renders.set(url, count)
    // Like Next 16: an RSC request whose `_rsc` is not the hash of its headers is redirected to the right one.
    if (req.headers.rsc && !url.includes(`_rsc=${req.headers['next-router-state-tree'] ?? 'none'}`)) {
      res.writeHead(307, {
        location: `${url.split('?')[0]}?_rsc=${req.headers['next-router-state-tree'] ?? 'none'}`,
      })
      res.end()
      return
    }
    res.setHeader('content-type', req.headers.rsc ? 'text/x-component' : 'text/html; charset=utf-8')
    res.setHeader('cache-control', 's-maxage=31536000')
    if (url.startsWith('/articles/'))
      res.setHeader('xkey', `articles:${url.split('?')[0]!.split('/')[2]} all-content`)
    if (url === '/sets-cookie') res.setHeader('set-cookie', 'a=1')
    res.end(`<p>${url} render ${count}</p>`)
  }

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(edge + url, { headers })
    return {
      cache: response.headers.get('x-edge-cache'),
      xkey: response.headers.get('xkey'),
      status: response.status,
      body: await response.text(),
    }
  }
  const purge = async (tags: string, soft = false) => {
    const response = await fetch(edge + '/', {
      method: 'PURGE',
      headers: { 'xkey-purge': tags, ...(soft ? { 'xkey-soft': '1' } : {}) },
    })
    return { status: response.status, body: (await response.json()) as { purged?: number } }
  }

  beforeAll(async () => {
    if (!varnishd || !hasXkey()) throw new Error(VARNISH_MISSING)
    origin = createServer(handler)
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve))
    originPort = (origin.address() as AddressInfo).port
    dir = mkdtempSync(path.join(tmpdir(), 'haven-edge-'))
    const vclFile = path.join(dir, 'site.vcl')
    writeFileSync(
      vclFile,
      renderVcl({
        backends: [{ name: 'web1', host: '127.0.0.1', port: originPort }],
        purgers: ['"127.0.0.1"', '"::1"'],
      }),
    )
    const port = await freePort()
    edge = `http://127.0.0.1:${port}`
    varnish = spawn(
      varnishd,
      varnishArgs({ listen: `127.0.0.1:${port}`, vclFile, workDir: path.join(dir, 'work'), memory: '32m' }),
      {
        stdio: 'ignore',
      },
    )
    const deadline = Date.now() + 30_000
    for (;;) {
      try {
        if ((await fetch(edge + '/api/health')).ok) break
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('varnishd did not answer within 30 s')
      await sleep(200)
    }
  }, 40_000)

  afterAll(async () => {
    varnish?.kill('SIGTERM')
    await new Promise((resolve) => origin?.close(resolve))
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('serves the second request from the edge, without the tags', async () => {
    expect(await get('/articles/a')).toMatchObject({
      cache: 'MISS',
      xkey: null,
      body: '<p>/articles/a render 1</p>',
    })
    expect(await get('/articles/a')).toMatchObject({
      cache: 'HIT',
      xkey: null,
      body: '<p>/articles/a render 1</p>',
    })
  })

  it('purges exactly the pages carrying a tag', async () => {
    await get('/articles/b')
    expect((await get('/articles/b')).cache).toBe('HIT')
    expect(await purge('articles:a')).toEqual({ status: 200, body: { purged: 1 } })
    expect(await get('/articles/a')).toMatchObject({ cache: 'MISS', body: '<p>/articles/a render 2</p>' })
    expect(await get('/articles/b')).toMatchObject({ cache: 'HIT', body: '<p>/articles/b render 1</p>' })
    expect((await purge('all-content')).body.purged).toBe(2)
    expect((await get('/articles/b')).cache).toBe('MISS')
  })

  it('keeps an RSC payload apart from the HTML at its `_rsc` address, passes the router headers, and never stores a redirect', async () => {
    const rsc = { RSC: '1', 'Next-Router-State-Tree': 'tree-a' }
    const redirected = await fetch(edge + '/articles/r', { headers: rsc, redirect: 'manual' })
    expect(redirected.status).toBe(307)
    expect(redirected.headers.get('location')).toBe('/articles/r?_rsc=tree-a')
    // Not stored: the second ask reaches the origin too (a cached redirect would loop or poison).
    await fetch(edge + '/articles/r', { headers: rsc, redirect: 'manual' })
    expect(renders.get('/articles/r')).toBe(2)
    expect(await get('/articles/r?_rsc=tree-a', rsc)).toMatchObject({ cache: 'MISS', status: 200 })
    expect(await get('/articles/r?_rsc=tree-a', rsc)).toMatchObject({ cache: 'HIT', status: 200 })
    expect((await get('/articles/r')).body).toBe('<p>/articles/r render 3</p>')
    // One purge drops both.
    await purge('articles:r')
    expect((await get('/articles/r?_rsc=tree-a', rsc)).cache).toBe('MISS')
  })

  it('refuses a purge without tags, naming the header', async () => {
    const response = await fetch(edge + '/', { method: 'PURGE' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^xkey-purge header: required/) })
  })

  it('keeps one copy whatever the consent cookie, and passes a signed-in session', async () => {
    await get('/articles/c')
    expect(await get('/articles/c', { cookie: 'haven_consent=v1.essential' })).toMatchObject({ cache: 'HIT' })
    expect(await get('/articles/c', { cookie: 'payload-token=x' })).toMatchObject({
      cache: 'MISS',
      body: '<p>/articles/c render 2</p>',
    })
  })

  it('never stores a Set-Cookie response, an untagged page or the API', async () => {
    for (const url of ['/sets-cookie', '/untagged', '/api/anything']) {
      await get(url)
      expect((await get(url)).cache).toBe('MISS')
      expect(renders.get(url)).toBe(2)
    }
  })

  it('is fresh after a soft purge while the origin is healthy, and serves stale pages while it is down', async () => {
    await get('/articles/d')
    expect((await purge('articles:d', true)).body.purged).toBe(1)
    expect(await get('/articles/d')).toMatchObject({ cache: 'MISS', body: '<p>/articles/d render 2</p>' })

    await new Promise((resolve) => origin.close(resolve))
    origin.closeAllConnections()
    await sleep(7_000) // the health probe: 2 of 3 checks, 2 s apart
    expect((await purge('articles:d', true)).body.purged).toBe(1)
    expect(await get('/articles/d')).toMatchObject({ status: 200, body: '<p>/articles/d render 2</p>' })
    expect((await get('/articles/never-seen')).status).toBe(503)

    origin = createServer(handler)
    await new Promise<void>((resolve) => origin.listen(originPort, '127.0.0.1', resolve))
  }, 20_000)
})
