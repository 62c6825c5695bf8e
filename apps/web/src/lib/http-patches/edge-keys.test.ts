/** @jest-environment node */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { EDGE_KEYS, installEdgeKeys, noteEdgeKeys } from './edge-keys'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('edge keys: the cache tags of each response, for the edge cache', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    installEdgeKeys()
    installEdgeKeys() // a second call changes nothing
    server = createServer((req, res) => {
      const name = new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 'none'
      // As the cache handler would: tags noted across awaits, from Next's header string and fetch tags.
      void (async () => {
        noteEdgeKeys(`haven:all,articles:${name},_N_T_/layout,_N_T_/articles/${name}`)
        await sleep(name === 'slow' ? 60 : 5)
        noteEdgeKeys([`people:${name}`, 'articles:' + name, 'has space'])
        res.setHeader('Content-Type', 'text/html')
        res.write('<p>')
        // Too late: the headers are on their way.
        noteEdgeKeys(['after-headers'])
        res.end(`${name}</p>`)
      })()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('puts the content tags, without Next.js’s route tags, in one space-separated xkey header', async () => {
    const response = await fetch(`${url}/?page=flagship`)
    expect(response.headers.get('xkey')).toBe('haven:all articles:flagship people:flagship')
    expect(await response.text()).toBe('<p>flagship</p>')
  })

  it('keeps concurrent requests’ tags apart', async () => {
    const [slow, fast] = await Promise.all([fetch(`${url}/?page=slow`), fetch(`${url}/?page=fast`)])
    expect(slow.headers.get('xkey')).toBe('haven:all articles:slow people:slow')
    expect(fast.headers.get('xkey')).toBe('haven:all articles:fast people:fast')
  })

  it('is reachable by the cache handler through a global symbol, and does nothing outside a request', () => {
    expect((globalThis as Record<symbol, { note: unknown }>)[EDGE_KEYS]?.note).toBe(noteEdgeKeys)
    expect(() => noteEdgeKeys(['outside'])).not.toThrow()
  })
})
