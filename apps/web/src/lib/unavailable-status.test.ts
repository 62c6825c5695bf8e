/** @jest-environment node */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  installUnavailableStatus,
  markCmsUnavailable,
  RETRY_AFTER_SECONDS,
  statusFor,
  UNAVAILABLE_WINDOW_MS,
} from './unavailable-status'

describe('the status of a page that failed', () => {
  it('is 503 when the CMS failed moments before, and stays 500 otherwise', () => {
    const now = 1_000_000
    expect(statusFor(500, now, now - 1000)).toBe(503)
    expect(statusFor(500, now, now - UNAVAILABLE_WINDOW_MS - 1)).toBe(500)
    expect(statusFor(500, now, undefined)).toBe(500)
  })

  it('never changes a status other than 500', () => {
    const now = 1_000_000
    for (const status of [200, 304, 404, 308, 401]) expect(statusFor(status, now, now)).toBe(status)
  })
})

describe('a server process with the translation installed', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    installUnavailableStatus()
    server = createServer((req, res) => {
      if (req.url === '/explicit') {
        res.writeHead(500, { 'Cache-Control': 's-maxage=31536000', 'Content-Type': 'text/html' })
        res.end('<h1>This page is temporarily unavailable</h1>')
      } else if (req.url === '/implicit') {
        res.statusCode = 500
        res.setHeader('Content-Type', 'text/html')
        res.end('<h1>This page is temporarily unavailable</h1>')
      } else {
        res.end('ok')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('answers 503 with Retry-After and no caching, keeping the page, after a CMS failure', async () => {
    markCmsUnavailable()
    for (const path of ['/explicit', '/implicit']) {
      const response = await fetch(url + path)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS))
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.text()).toContain('temporarily unavailable')
    }
    expect((await fetch(`${url}/ok`)).status).toBe(200)
  })

  it('leaves a 500 alone once the CMS failure is older than the window', async () => {
    markCmsUnavailable(Date.now() - UNAVAILABLE_WINDOW_MS - 1000)
    const response = await fetch(`${url}/explicit`)
    expect(response.status).toBe(500)
    expect(response.headers.get('cache-control')).toBe('s-maxage=31536000')
  })
})
