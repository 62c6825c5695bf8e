import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { CLIENT_ADDRESS_HEADER, clientAddress, installClientAddress } from './client-address'

describe('clientAddress', () => {
  it('is the socket’s peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1')
  })

  it('is the address the outermost trusted proxy saw, not what the client wrote before it', () => {
    // client → proxy A (appends the client's address) → proxy B (appends A's) → this server
    expect(clientAddress('10.0.0.2', 'spoofed, 203.0.113.9', 1)).toBe('203.0.113.9')
    expect(clientAddress('10.0.0.3', 'spoofed, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9')
    expect(clientAddress('10.0.0.2', ['spoofed', '203.0.113.9'], 1)).toBe('203.0.113.9')
  })

  it('takes the first address of a chain shorter than the trusted hops', () => {
    expect(clientAddress('10.0.0.2', undefined, 3)).toBe('10.0.0.2')
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown')
  })
})

describe('installClientAddress', () => {
  let server: Server
  let port: number
  beforeAll(async () => {
    installClientAddress(0)
    installClientAddress(5) // a second call changes nothing
    server = createServer((request, response) => {
      response.end(String(request.headers[CLIENT_ADDRESS_HEADER]))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const ask = (headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, headers }, (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () => resolve(text))
      })
      req.on('error', reject)
      req.end()
    })

  it('stamps the peer on every request, over a forged X-Forwarded-For and a forged stamp', async () => {
    await expect(ask({})).resolves.toBe('127.0.0.1')
    await expect(
      ask({ 'X-Forwarded-For': '198.51.100.7', [CLIENT_ADDRESS_HEADER]: '198.51.100.8' }),
    ).resolves.toBe('127.0.0.1')
  })
})
