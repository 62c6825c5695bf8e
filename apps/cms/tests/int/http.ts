import config from '@payload-config'
import { CLIENT_ADDRESS_HEADER } from '@haven/node'
import { handleEndpoints } from 'payload'

let ipCounter = 0
/** A fresh client address per caller, so rate limits of one test never leak into another. */
export function freshIp(): string {
  ipCounter += 1
  return (
    `198.51.100.${ipCounter % 250}.${process.pid % 1000}`.split('.').slice(0, 4).join('.') + `-${ipCounter}`
  )
}

/** Calls a CMS REST endpoint the way an HTTP request would reach it, through Payload's own router. */
export async function post(
  path: string,
  body: unknown,
  { ip = freshIp(), headers = {} }: { ip?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body)
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3001/api${path}`, {
      method: 'POST',
      body: raw,
      // The address the server's socket saw, as instrumentation-node.ts stamps it on every request.
      headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: ip, ...headers },
    }),
  })
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  }
}

export async function get(path: string, headers: Record<string, string> = {}) {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3001/api${path}`, { headers }),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}
