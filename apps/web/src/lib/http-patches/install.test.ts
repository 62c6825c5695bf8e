/** @jest-environment node */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { CLIENT_ADDRESS_HEADER } from '@haven/node'

import { markCmsUnavailable } from '../cms-outage'
import { installHttpPatches } from './install'

/** Next's client-rendered error shell (abridged), long and two-byte, as a cached route sends it. */
const shell = `<!DOCTYPE html><html id="__next_error__"><head></head><body>${'<!-- ’ -->'.repeat(600)}</body></html>`

describe('the web server with its HTTP patches installed', () => {
  let server: Server
  let url: string
  const seen: (string | undefined)[] = []
  beforeAll(async () => {
    installHttpPatches({ trustedProxyHops: 0 })
    installHttpPatches({ trustedProxyHops: 3 }) // a second call changes nothing
    server = createServer((req, res) => {
      seen.push(req.headers[CLIENT_ADDRESS_HEADER] as string | undefined)
      res.statusCode = 500
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(shell)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('stamps the client address, and answers a CMS outage with 503 and its words', async () => {
    markCmsUnavailable()
    const response = await fetch(url, { headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.7' } })
    expect(seen).toEqual(['127.0.0.1'])
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html).toContain('<h1>This page is temporarily unavailable</h1>')
    expect(html.endsWith('</body></html>')).toBe(true)
  })
})
