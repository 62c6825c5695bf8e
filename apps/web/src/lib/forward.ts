/**
 * Reader forms post to the web app (the CSP allows forms and fetches to this origin only), which hands
 * them to the CMS: the CMS validates, rate-limits and stores. The reader's address goes along in a header
 * the CMS believes only with the shared secret, so limits apply per reader rather than to this server.
 */
import { FORM_BODY_MAX_BYTES, formResponseSchema, type FormResponse } from '@haven/schemas'
import { CLIENT_ADDRESS_HEADER } from '@haven/node'

import { env } from '../env'

export const CLIENT_IP_HEADER = 'x-haven-client-ip'
export const FORWARD_SECRET_HEADER = 'x-haven-forward-secret'

/**
 * The reader's address, as this server's socket (or a trusted proxy) saw it: stamped on every request
 * at start-up (instrumentation-node.ts), never taken from what the reader sent.
 */
export function readerIp(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'
}

function answer(body: FormResponse, status: number, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/** Forwards a reader's JSON body to a CMS endpoint and passes its answer back. */
export async function forwardToCms(request: Request, cmsPath: string, body?: string): Promise<Response> {
  const text = body ?? (await request.text())
  if (Buffer.byteLength(text) > FORM_BODY_MAX_BYTES)
    return answer(
      { ok: false, message: `The form is too large: at most ${FORM_BODY_MAX_BYTES / 1024} KB.` },
      413,
    )
  let response: Response
  try {
    response = await fetch(`${env.CMS_URL}/api${cmsPath}`, {
      method: 'POST',
      body: text,
      headers: {
        'Content-Type': 'application/json',
        [CLIENT_IP_HEADER]: readerIp(request),
        [FORWARD_SECRET_HEADER]: env.REVALIDATE_SECRET,
      },
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    })
  } catch {
    return answer({ ok: false, message: 'We could not reach our server. Please try again in a minute.' }, 503)
  }
  const parsed = formResponseSchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success)
    return answer({ ok: false, message: 'Something went wrong on our side. Please try again later.' }, 502)
  const retryAfter = response.headers.get('retry-after')
  return answer(parsed.data, response.status, retryAfter ? { 'Retry-After': retryAfter } : {})
}
