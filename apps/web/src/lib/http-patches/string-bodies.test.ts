/** @jest-environment node */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { asBytes, installStringBodies, MIN_STRING_CHARS, utf8Bytes } from './string-bodies'

// Characters above U+00FF make V8 store the page as a two-byte string: the slow case this is for.
const page = `<!DOCTYPE html><p>“Talking helps” — it’s true…</p>${'<p>Ça va · naïve</p>'.repeat(400)}`

describe('a response body on its way to the socket', () => {
  it('becomes the same UTF-8 bytes when it is a long string', () => {
    expect(page.length).toBeGreaterThanOrEqual(MIN_STRING_CHARS)
    expect(asBytes(page, undefined)).toEqual(Buffer.from(page, 'utf8'))
    expect(asBytes(page, 'latin1')).toEqual(Buffer.from(page, 'latin1'))
  })

  it('is encoded once per string, however many times it is sent', () => {
    const first = asBytes(page, 'utf8')
    expect(asBytes(page, undefined)).toBe(first)
    expect(utf8Bytes(page)).toBe(first)
    expect(utf8Bytes(`${page} `)).not.toBe(first)
  })

  it('is left alone when it is short, already bytes, or in an encoding Node does not know', () => {
    const bytes = Buffer.from(page)
    expect(asBytes('ok', undefined)).toBe('ok')
    expect(asBytes(bytes, undefined)).toBe(bytes)
    expect(asBytes(page, 'no-such-encoding')).toBe(page)
  })
})

describe('a server process with string bodies sent as bytes', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    installStringBodies()
    server = createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      if (req.url === '/end') {
        res.setHeader('Content-Length', Buffer.byteLength(page))
        res.end(page)
      } else if (req.url === '/write') {
        res.write(page, 'utf8')
        res.end(page, () => undefined)
      } else {
        res.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('sends exactly the page, with its length, from end and from write', async () => {
    const ended = await fetch(`${url}/end`)
    expect(ended.headers.get('content-length')).toBe(String(Buffer.byteLength(page)))
    expect(await ended.text()).toBe(page)
    expect(await (await fetch(`${url}/write`)).text()).toBe(page + page)
  })

  it('still answers a response with no body', async () => {
    const response = await fetch(`${url}/empty`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })
})
