import { previewSignature } from '@haven/node'
import type { GeneratePreviewURL, LivePreviewConfig } from 'payload'

import { env } from '../env'

/**
 * The web app's preview route (`/api/preview`) for an article, which checks this signature and the
 * visitor's CMS session, turns on draft mode and shows the latest draft; null before it has a slug.
 */
function previewUrlOf(doc: { slug?: unknown }): string | null {
  const slug = doc.slug
  if (typeof slug !== 'string' || !slug) return null
  const path = `/articles/${slug}`
  const query = new URLSearchParams({ path, signature: previewSignature(env.REVALIDATE_SECRET, path) })
  return `${env.WEB_URL}/api/preview?${query.toString()}`
}

/** The admin's Preview button: the draft in a new tab. */
export const articlePreviewUrl: GeneratePreviewURL = (doc) => previewUrlOf(doc)

/**
 * Payload's Live Preview: the same draft page beside the editor, at a phone's and a desktop's width.
 * The page re-reads the draft each time the editor saves (RefreshRouteOnSave in the web app).
 */
export const articleLivePreview: LivePreviewConfig = {
  url: ({ data }) => previewUrlOf(data),
  breakpoints: [
    { name: 'phone', label: 'Phone', width: 390, height: 844 },
    { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
  ],
}
