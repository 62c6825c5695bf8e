/**
 * While the CMS is down, pages already cached are still served, and a page that is not cached answers
 * 503 with the site's own "temporarily unavailable" page (never a stack trace). A second web server on
 * the same build reads the CMS through a proxy this test can switch off, so the shared stack is never
 * disturbed.
 */
import type { ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { bin, rootDir, startService, waitForOk } from '../../scripts/lib/proc'
import { stopChildren } from '../../scripts/lib/stack'
import { axeViolations, launchChromium } from './support/browser'
import { stackInfo } from './support/stack-file'

const stack = stackInfo()
const webPort = Number(new URL(stack.webUrl).port) + 2
const webUrl = `http://localhost:${webPort}`
let proxy: Server
let web: ChildProcess

/** Forwards the web server's reads to the real CMS until it is closed (then: connection refused). */
function startProxy(): Promise<Server> {
  const server = createServer((req, res) => {
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
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

function stopProxy(): Promise<void> {
  return new Promise((resolve) => {
    proxy.close(() => resolve())
    proxy.closeAllConnections()
  })
}

beforeAll(async () => {
  proxy = await startProxy()
  web = startService('outage-web', bin('next'), ['start', '--port', String(webPort)], {
    cwd: path.join(rootDir, 'apps/web'),
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CMS_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      WEB_URL: webUrl,
      REVALIDATE_SECRET: stack.revalidateSecret,
    },
  })
  web.stdout?.removeAllListeners('data')
  web.stdout?.resume()
  await waitForOk(`${webUrl}/api/health`, 60_000)
}, 90_000)

afterAll(async () => {
  stopChildren([web])
  if (proxy.listening) await stopProxy()
})

describe('with the CMS down', () => {
  const cachedPath = '/topics/mental-health/addiction'

  it('still serves a page that was cached before the outage', async () => {
    const before = await fetch(webUrl + cachedPath)
    expect(before.status).toBe(200)
    const html = await before.text()
    expect(html).toContain('<h1>Addiction</h1>')

    await stopProxy()
    expect((await fetch(`${webUrl}/api/health`)).status).toBe(503)
    const during = await fetch(webUrl + cachedPath)
    expect(during.status).toBe(200)
    expect(await during.text()).toContain('<h1>Addiction</h1>')
  })

  it('answers a page that is not cached with 503, Retry-After and the friendly page', async () => {
    const uncached = `${webUrl}/articles/not-cached-${Date.now()}`
    const response = await fetch(uncached)
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.text()
    expect(body).not.toMatch(/CmsError|at \S+ \(.*:\d+:\d+\)/)

    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const shown = await page.goto(uncached)
      expect(shown?.status()).toBe(503)
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'This page is temporarily unavailable',
      )
      await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1)
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
