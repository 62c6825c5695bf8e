/**
 * Wrappers of Payload's REST and GraphQL route handlers (`app/(payload)/api/…/route.ts`) that apply
 * `body-limits.ts` before Payload sees a request. Payload has no hook that runs before it parses a
 * body (its `beforeOperation` hooks run after), and the GraphQL handler parses outside its own error
 * handling, so an invalid body there answered a 500 with nothing in it: hence a wrapper.
 */
import {
  JSON_BODY_MAX_BYTES,
  bodyRule,
  jsonBodyRefusal,
  tooLarge,
  withoutSuggestions,
  type BodyRefusal,
} from './body-limits'

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

/** A refusal in Payload's error shape, `{ errors: [{ message }] }`. */
export function refusalResponse({ status, message }: BodyRefusal): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** The body's text, or `null` once it passes `max` bytes (the rest is never read). */
async function readAtMost(request: Request, max: number): Promise<string | null> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function declaredLength(request: Request): number | null {
  const header = request.headers.get('content-length')
  if (header === null) return null
  const length = Number(header)
  return Number.isFinite(length) && length >= 0 ? length : null
}

/**
 * Refuses bodies that break `body-limits.ts` (415, 413, 400 with a message) and hands every other
 * request to `handler` unchanged: a JSON or form body is read once, checked, and passed on as the
 * same text.
 */
export function withBodyLimits<C>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const rule = bodyRule({
      method: request.method,
      contentType: request.headers.get('content-type'),
      contentLength: declaredLength(request),
      // HTTP/1.1: a request without a length or a transfer coding has no body (`curl -X POST`).
      hasBody:
        request.body !== null &&
        ((declaredLength(request) ?? 0) > 0 || request.headers.has('transfer-encoding')),
    })
    if ('refusal' in rule) return refusalResponse(rule.refusal)
    if (rule.kind !== 'json' && rule.kind !== 'form') return handler(request, context)
    const text = await readAtMost(request, JSON_BODY_MAX_BYTES)
    if (text === null) return refusalResponse(tooLarge(rule.kind === 'json' ? 'JSON' : 'form'))
    const refusal = text && rule.kind === 'json' ? jsonBodyRefusal(text) : null
    if (refusal) return refusalResponse(refusal)
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    return handler(
      new Request(request.url, { method: request.method, headers, body: text, signal: request.signal }),
      context,
    )
  }
}

type GraphQLBody = { data?: unknown; errors?: { message?: unknown }[] }

/**
 * GraphQL answers without graphql-js's "Did you mean …?" suggestions (see `withoutSuggestions`):
 * every error message of a JSON answer is rewritten, and a query refused before it ran answers 400;
 * other answers pass unchanged.
 */
export function withoutGraphQLSuggestions<C>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    let response: Response
    try {
      response = await handler(request, context)
    } catch (error) {
      // Payload's GraphQL handler reads the body outside its error handling: its 4xx errors land here.
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && status >= 400 && status < 500)
        return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
      throw error
    }
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response
    const text = await response.text()
    let body: GraphQLBody
    try {
      body = JSON.parse(text) as GraphQLBody
    } catch {
      return new Response(text, response)
    }
    if (!Array.isArray(body.errors)) return new Response(text, response)
    for (const error of body.errors)
      if (typeof error.message === 'string') error.message = withoutSuggestions(error.message)
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    // No `data` at all: the query was refused before it ran (it does not parse, names unknown
    // fields, or is over its budget). graphql-http answers those 200 for `application/json`; a 400
    // says plainly that nothing was read, as the GraphQL-over-HTTP `graphql-response+json` does.
    const refused = response.status === 200 && !('data' in body) && body.errors.length > 0
    return new Response(JSON.stringify(body), { status: refused ? 400 : response.status, headers })
  }
}
