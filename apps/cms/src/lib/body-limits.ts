/**
 * What the CMS's REST and GraphQL routes accept as a request body, decided before Payload parses it.
 * Payload answers some malformed bodies with a 500 (a `text/plain` create, JSON nested thousands
 * deep that overflows its recursive field walkers, invalid JSON to GraphQL) and reads any size into
 * memory; these rules turn each into a 4xx with a message. Pure: `guarded-route.ts` applies them.
 */

/**
 * The largest JSON body: ten times a long article saved with every block (about 100 KB of Lexical
 * JSON). The admin saves documents as multipart form data, which has its own bound.
 */
export const JSON_BODY_MAX_BYTES = 1024 * 1024

/** The largest multipart body: an image upload (the media collection) with its form fields. */
export const MULTIPART_BODY_MAX_BYTES = 20 * 1024 * 1024

/** How deeply JSON may nest. A Lexical body with lists in blocks in callouts stays under 40. */
export const JSON_MAX_NESTING = 100

export type BodyKind = 'json' | 'form' | 'multipart' | 'none'

export type BodyRefusal = { status: 400 | 413 | 415; message: string }

const methodsWithBody = new Set(['POST', 'PATCH', 'PUT'])

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase()
}

/**
 * How the route must read a request's body, or why it refuses it from the headers alone.
 * `contentLength` is the declared length (`null` when the body is streamed without one); `hasBody`
 * says whether there is one at all (HTTP/1.1: a length above 0, or `Transfer-Encoding`).
 */
export function bodyRule({
  method,
  contentType,
  contentLength,
  hasBody,
}: {
  method: string
  contentType: string | null
  contentLength: number | null
  hasBody: boolean
}): { kind: BodyKind } | { refusal: BodyRefusal } {
  if (!methodsWithBody.has(method.toUpperCase()) || !hasBody || contentLength === 0) return { kind: 'none' }
  const type = mediaTypeOf(contentType)
  if (type === 'application/json') {
    if (contentLength !== null && contentLength > JSON_BODY_MAX_BYTES) return { refusal: tooLarge('JSON') }
    return { kind: 'json' }
  }
  // The admin reads long queries as POST with `X-Payload-HTTP-Method-Override: GET` and the query
  // string as a form body (Payload's method override); bounded like JSON.
  if (type === 'application/x-www-form-urlencoded') {
    if (contentLength !== null && contentLength > JSON_BODY_MAX_BYTES) return { refusal: tooLarge('form') }
    return { kind: 'form' }
  }
  if (type === 'multipart/form-data') {
    if (contentLength !== null && contentLength > MULTIPART_BODY_MAX_BYTES)
      return { refusal: tooLarge('multipart') }
    return { kind: 'multipart' }
  }
  return {
    refusal: {
      status: 415,
      message: `Content-Type must be application/json (multipart/form-data for uploads), ${type ? `not "${type}"` : 'and the request has none'}`,
    },
  }
}

export function tooLarge(kind: 'JSON' | 'form' | 'multipart'): BodyRefusal {
  const max = kind === 'multipart' ? MULTIPART_BODY_MAX_BYTES : JSON_BODY_MAX_BYTES
  return {
    status: 413,
    message: `The request body is too large: a ${kind} body may be at most ${max / 1024 / 1024} MB`,
  }
}

/**
 * How deeply `text` nests arrays and objects, counted without parsing (brackets inside strings do
 * not count), stopping as soon as it passes `stopAt`.
 */
export function jsonNesting(text: string, stopAt = JSON_MAX_NESTING): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 92 /* \ */) i++
      else if (char === 34 /* " */) inString = false
      continue
    }
    if (char === 34) inString = true
    else if (char === 123 /* { */ || char === 91 /* [ */) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > stopAt) return deepest
      }
    } else if (char === 125 /* } */ || char === 93 /* ] */) depth--
  }
  return deepest
}

/** Why a JSON body's text is refused (not JSON, nested too deeply), or `null`. */
export function jsonBodyRefusal(text: string): BodyRefusal | null {
  if (jsonNesting(text) > JSON_MAX_NESTING)
    return { status: 400, message: `The JSON body nests deeper than ${JSON_MAX_NESTING} levels` }
  try {
    JSON.parse(text)
  } catch (error) {
    return {
      status: 400,
      message: `The request body is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    }
  }
  return null
}

const suggestion = /\s*Did you mean [^?]*\?/g

/**
 * A GraphQL error message without graphql-js's "Did you mean …?" suggestions, which name types and
 * fields of the whole schema (rate-limit rows, subscribers) to anyone who mistypes a query.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(suggestion, '')
}
