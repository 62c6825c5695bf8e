import { previewSignature } from '@haven/node'
import type { GeneratePreviewURL } from 'payload'

import { env } from '../env'

/**
 * The admin's Preview button: the web app's preview route (`/api/preview`), which checks this
 * signature and the visitor's CMS session, turns on draft mode and shows the latest draft.
 */
export const articlePreviewUrl: GeneratePreviewURL = (doc) => {
  const slug = (doc as { slug?: unknown }).slug
  if (typeof slug !== 'string' || !slug) return null
  const path = `/articles/${slug}`
  const query = new URLSearchParams({ path, signature: previewSignature(env.REVALIDATE_SECRET, path) })
  return `${env.WEB_URL}/api/preview?${query.toString()}`
}
