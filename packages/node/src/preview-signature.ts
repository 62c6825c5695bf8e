import { createHmac } from 'node:crypto'

/**
 * The signature of a preview link to `path` (e.g. `/articles/emotional-intimacy`): an HMAC keyed by
 * the shared REVALIDATE_SECRET, so the CMS can hand staff a link without handing them the secret. The
 * web app's preview route also checks the visitor's CMS session: a leaked link alone shows nothing.
 */
export function previewSignature(secret: string, path: string): string {
  return createHmac('sha256', secret).update(`preview:${path}`).digest('base64url')
}
