/**
 * The CMS client against a real local HTTP server that answers the way a broken or absent CMS would.
 * @jest-environment node
 */
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { ALL_CONTENT_TAG } from '@haven/schemas'
import { z } from 'zod'

type CmsModule = typeof import('./cms') // eslint-disable-line @typescript-eslint/consistent-type-imports -- the module is loaded after the test server sets CMS_URL

let server: Server
let client: CmsModule
const routes: Record<string, (res: ServerResponse) => void> = {
  '/api/good': (res) =>
    res.setHeader('content-type', 'application/json').end(JSON.stringify({ title: 'Hello', count: 2 })),
  '/api/wrong-shape': (res) =>
    res.setHeader('content-type', 'application/json').end(JSON.stringify({ title: 5 })),
  '/api/not-json': (res) => res.end('<html>oops</html>'),
  '/api/server-error': (res) => {
    res.statusCode = 500
    res.end('{}')
  },
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[req.url ?? '']
    if (route) route(res)
    else {
      res.statusCode = 404
      res.end('{"errors":[{"message":"Not Found"}]}')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = 'test-secret-that-is-long-enough-0123456789'
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
  client = await import('./cms')
})

afterAll(() => {
  server.close()
  jest.restoreAllMocks()
})

const schema = z.object({ title: z.string(), count: z.number() })

describe('cmsGet', () => {
  it('returns the parsed body when it matches the schema', async () => {
    await expect(client.cmsGet('/good', schema, { fresh: true })).resolves.toEqual({
      title: 'Hello',
      count: 2,
    })
  })

  it('turns a body of the wrong shape into a logged invalid-response error that names the field', async () => {
    const error = await client.cmsGet('/wrong-shape', schema, { fresh: true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(client.CmsError)
    expect(error).toMatchObject({ kind: 'invalid-response', path: '/wrong-shape' })
    expect((error as Error).message).toMatch(/title: .*count: /)
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('"kind":"invalid-response"'))
  })

  it('turns a body that is not JSON into an invalid-response error', async () => {
    await expect(client.cmsGet('/not-json', schema, { fresh: true })).rejects.toMatchObject({
      kind: 'invalid-response',
    })
  })

  it('tells a missing document (404) apart from a failing CMS (5xx)', async () => {
    await expect(client.cmsGet('/missing', schema, { fresh: true })).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
    })
    await expect(client.cmsGet('/server-error', schema, { fresh: true })).rejects.toMatchObject({
      kind: 'http',
      status: 500,
    })
  })

  it('caches every read under its tags and the tag of all content, which a restore revalidates', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch')
    try {
      await client.cmsGet('/good', schema, { tags: ['articles:a', 'navigation'] })
      const options = fetchSpy.mock.calls[0]?.[1] as { next?: { tags?: string[] } }
      expect(options.next?.tags).toEqual([ALL_CONTENT_TAG, 'articles:a', 'navigation'])
    } finally {
      fetchSpy.mockRestore()
    }
  })

  it('reports an unreachable CMS as unavailable', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    jest.resetModules()
    process.env.CMS_URL = `http://127.0.0.1:${port}`
    const offline = await import('./cms')
    await expect(offline.cmsGet('/good', schema, { fresh: true })).rejects.toMatchObject({
      kind: 'unavailable',
    })
  })
})
