/** @jest-environment node */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

// The gzip middleware `next start` puts in front of every response.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compression = require('next/dist/compiled/compression') as () => (
  req: unknown,
  res: unknown,
  next: () => void,
) => void

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { CrisisResources } from '@haven/schemas'

import { markCmsUnavailable } from '../cms-outage'
import { forgetCrisisLinesInMemory, rememberCrisisLines } from '../last-crisis-lines'
import {
  installUnavailableStatus,
  RETRY_AFTER_SECONDS,
  statusFor,
  unavailableFallbackHtml,
  UNAVAILABLE_WINDOW_MS,
  withUnavailableMarkup,
} from './unavailable-status'

const crisis: CrisisResources = {
  heading: 'If you need help now',
  intro: null,
  regions: [
    {
      region: 'US',
      emergencyNumber: '911',
      lines: [{ label: '988 Suicide & Crisis Lifeline', number: '988', channels: ['call', 'text'] }],
    },
  ],
}

/** Next's client-rendered error shell, as it sends it for a statically cached route (abridged). */
const shell = `<!DOCTYPE html><html id="__next_error__"><head><title>Haven</title></head><body><div hidden=""></div><script>self.__next_f=[]</script>${'<!-- ’ -->'.repeat(600)}</body></html>`

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
      } else if (req.url === '/shell') {
        res.statusCode = 500
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.setHeader('Content-Length', String(Buffer.byteLength(shell)))
        res.end(shell)
      } else if (req.url === '/compressed') {
        // As `next start` sends the shell: through its gzip middleware, head written first.
        compression()(req, res, () => {
          res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' })
          res.end(Buffer.from(shell))
        })
      } else if (req.url === '/streamed') {
        // As Next streams a page: a length set up front, then several writes.
        res.statusCode = 500
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.setHeader('Content-Length', String(Buffer.byteLength(shell)))
        const bytes = Buffer.from(shell)
        res.write(bytes.subarray(0, 40))
        res.write(bytes.subarray(40, 300))
        res.end(bytes.subarray(300))
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
      expect(response.headers.get('cache-control')).toBe('no-store, no-transform')
      expect(await response.text()).toContain('temporarily unavailable')
    }
    expect((await fetch(`${url}/ok`)).status).toBe(200)
  })

  it('puts the words into the HTML of an error shell, for readers without JavaScript, with the right length', async () => {
    markCmsUnavailable()
    const response = await fetch(`${url}/shell`)
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html).toContain('<h1>This page is temporarily unavailable</h1>')
    expect(html).toContain('call your local emergency number')
    expect(html).toContain('<html lang="en" id="__next_error__">')
    expect(html.endsWith('</body></html>')).toBe(true)
    // Sent without the shell's original Content-Length (it grew), or with the right one.
    const length = response.headers.get('content-length')
    if (length !== null) expect(Number(length)).toBe(Buffer.byteLength(html))
    expect(html.indexOf(unavailableFallbackHtml())).toBe(html.indexOf('<body>') + '<body>'.length)
  })

  it('marks a shell that would have been compressed, sending it uncompressed', async () => {
    markCmsUnavailable()
    const response = await fetch(`${url}/compressed`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.status).toBe(503)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.text()).toBe(withUnavailableMarkup(shell))
  })

  it('marks a streamed shell too, whichever write carries <body>', async () => {
    markCmsUnavailable()
    const response = await fetch(`${url}/streamed`)
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html).toBe(withUnavailableMarkup(shell))
  })

  it('leaves a 500 alone once the CMS failure is older than the window', async () => {
    markCmsUnavailable(Date.now() - UNAVAILABLE_WINDOW_MS - 1000)
    const response = await fetch(`${url}/explicit`)
    expect(response.status).toBe(500)
    expect(response.headers.get('cache-control')).toBe('s-maxage=31536000')
  })
})

describe('the no-JavaScript markup', () => {
  afterEach(() => forgetCrisisLinesInMemory())

  it('lists the last crisis lines the server read from the CMS, with their numbers as links', () => {
    rememberCrisisLines(crisis, path.join(mkdtempSync(path.join(tmpdir(), 'haven-crisis-')), 'lines.json'))
    const html = withUnavailableMarkup(shell) as string
    expect(html).toContain('<h2 id="crisis-lines-heading">If you need help now</h2>')
    expect(html).toContain(
      '<strong>988 Suicide &amp; Crisis Lifeline</strong>: call <a href="tel:988">988</a>',
    )
    expect(html).toContain('Emergency: call <a href="tel:911">911</a>')
  })

  it('without known crisis lines, says to call the local emergency number and links to the crisis resources', () => {
    const html = unavailableFallbackHtml(null)
    expect(html).toContain('call your local emergency number')
    expect(html).toContain('<a href="/crisis-resources">Crisis resources</a>')
  })

  it('goes only into an error shell, once, as a string or as bytes', () => {
    expect(withUnavailableMarkup('<html><body><h1>A page</h1></body></html>')).toBe(
      '<html><body><h1>A page</h1></body></html>',
    )
    expect(withUnavailableMarkup('{"error":"x"}')).toBe('{"error":"x"}')
    const once = withUnavailableMarkup(shell) as string
    expect(once).toContain(unavailableFallbackHtml())
    expect(withUnavailableMarkup(once)).toBe(once)
    const bytes = withUnavailableMarkup(Buffer.from(shell))
    expect(Buffer.isBuffer(bytes)).toBe(true)
    expect((bytes as Buffer).toString('utf8')).toBe(once)
  })
})
