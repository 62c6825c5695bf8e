/**
 * The one way the web app reads the CMS: REST over HTTP, every response parsed by a schema from
 * `@haven/schemas`. A response that does not match is logged and turned into a typed {@link CmsError},
 * never passed on to a page half-valid.
 */
import { ALL_CONTENT_TAG } from '@haven/schemas'
import type { z } from 'zod'

import { env } from '../env'
import { CmsError } from './cms-error'
import { markCmsUnavailable } from './cms-outage'

export { CmsError } from './cms-error'

export type CmsReadOptions = {
  /** Cache tags this read belongs to; `POST /api/revalidate` expires them when the CMS changes. */
  tags?: string[]
  /** Bypass the cache entirely (health checks). */
  fresh?: boolean
  /** Query string parameters (Payload's REST `where`, `depth`, `limit`, …) already encoded. */
  query?: string
  /** Abort the request after this many milliseconds. */
  timeoutMs?: number
  /**
   * Read as this CMS user (their session token): drafts for the preview. Never cached, so one
   * editor's view is never served to anyone else.
   */
  authToken?: string
}

type QueryValue = string | number | boolean
/** Payload's REST query string: nested keys in brackets (`where[slug][equals]=x`). */
export function restQuery(params: Record<string, QueryValue | Record<string, unknown>>): string {
  const search = new URLSearchParams()
  const add = (key: string, value: unknown) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v)
    else if (value !== undefined) search.append(key, String(value))
  }
  for (const [key, value] of Object.entries(params)) add(key, value)
  return search.toString()
}

/** GET `/api{path}` from the CMS, parsed by `schema`. */
export async function cmsGet<S extends z.ZodType>(
  path: string,
  schema: S,
  { tags = [], fresh = false, query, timeoutMs = 8000, authToken }: CmsReadOptions,
): Promise<z.infer<S>> {
  const url = `${env.CMS_URL}/api${path}${query ? `?${query}` : ''}`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json', ...(authToken ? { Authorization: `JWT ${authToken}` } : {}) },
      // Cached until one of its tags is revalidated: pages stay static between changes.
      ...(fresh || authToken
        ? { cache: 'no-store' as const }
        : { next: { tags: [ALL_CONTENT_TAG, ...tags], revalidate: false as const } }),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (cause) {
    markCmsUnavailable()
    throw logged(new CmsError('unavailable', path, cause instanceof Error ? cause.message : String(cause)))
  }
  if (response.status === 404) throw new CmsError('not-found', path, 'not found', 404)
  if (response.status === 502 || response.status === 503 || response.status === 504) markCmsUnavailable()
  if (!response.ok) throw logged(new CmsError('http', path, `HTTP ${response.status}`, response.status))
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw logged(new CmsError('invalid-response', path, 'the body is not JSON', response.status))
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    throw logged(new CmsError('invalid-response', path, where, response.status))
  }
  return parsed.data
}

function logged(error: CmsError): CmsError {
  console.error(
    JSON.stringify({
      level: 'error',
      source: 'cms-client',
      kind: error.kind,
      path: error.path,
      message: error.message,
    }),
  )
  return error
}
