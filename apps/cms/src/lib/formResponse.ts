import type { FormResponse } from '@haven/schemas'

/** A reader-facing answer (`{ ok, message, errors? }`, the shape the web app's forms read): JSON, never cached. */
export function formResponse(body: FormResponse, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/** The answer to an attempt over a rate limit: 429 with `Retry-After`, in words a reader can act on. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return formResponse(
    {
      ok: false,
      message: `Too many attempts. Please wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`,
    },
    429,
    { 'Retry-After': String(retryAfterSeconds) },
  )
}
