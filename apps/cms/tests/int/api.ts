import config from '@payload-config'
import { CLIENT_ADDRESS_HEADER } from '@haven/node'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

import { freshIp } from './http'

export type ApiAnswer = { status: number; json: Record<string, unknown>; headers: Headers }

const graphqlRoute = GRAPHQL_POST(config)

async function answer(response: Response): Promise<ApiAnswer> {
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    json = { text }
  }
  return { status: response.status, json, headers: response.headers }
}

function headersOf(token: string | undefined, ip: string, extra: Record<string, string> = {}) {
  return {
    'Content-Type': 'application/json',
    // The address the server's socket saw, as instrumentation-node.ts stamps it on every request.
    [CLIENT_ADDRESS_HEADER]: ip,
    ...(token ? { Authorization: `JWT ${token}` } : {}),
    ...extra,
  }
}

/**
 * A REST request as a browser or script would send it, through Payload's own router (the handler
 * behind `app/(payload)/api/[...slug]/route.ts`), signed in with `token` when given.
 */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  {
    token,
    body,
    ip = freshIp(),
    headers,
  }: { token?: string; body?: unknown; ip?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3001/api${path}`, {
      method,
      headers: headersOf(token, ip, headers),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  })
  return answer(response)
}

/** A GraphQL request through the same route handler the CMS serves at `/api/graphql`. */
export async function graphql(
  query: string,
  {
    token,
    variables,
    ip = freshIp(),
  }: { token?: string; variables?: Record<string, unknown>; ip?: string } = {},
): Promise<ApiAnswer> {
  const response = await graphqlRoute(
    new Request('http://localhost:3001/api/graphql', {
      method: 'POST',
      headers: headersOf(token, ip),
      body: JSON.stringify({ query, variables }),
    }),
  )
  return answer(response)
}

/** Signs in over REST (`POST /api/{collection}/login`) and returns the session token. */
export async function signIn(collection: string, email: string, password: string): Promise<string> {
  const { status, json } = await rest('POST', `/${collection}/login`, { body: { email, password } })
  if (status !== 200 || typeof json.token !== 'string')
    throw new Error(`${email} could not sign in to ${collection}: ${status} ${JSON.stringify(json)}`)
  return json.token
}
