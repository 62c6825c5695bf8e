import { imageSizeOf, type Media, type MediaSizeName } from '@haven/schemas'

import { env } from '../env'

/**
 * Where the web server fetches an uploaded image. Payload returns addresses built from the CMS's public
 * URL; the web server may reach the CMS elsewhere (Docker: http://cms:3001), so only the path is kept.
 */
export function mediaUrl(url: string): string {
  const { pathname, search } = new URL(url, env.CMS_URL)
  return `${env.CMS_URL}${pathname}${search}`
}

/** `src`, `width` and `height` of a size of an image, for next/image. */
export function imageProps(media: Pick<Media, 'url' | 'width' | 'height' | 'sizes'>, size: MediaSizeName) {
  const chosen = imageSizeOf(media, size)
  return { src: mediaUrl(chosen.url), width: chosen.width ?? 1600, height: chosen.height ?? 900 }
}

/** The width every shared image is asked for: the Open Graph size, one of Next.js's default widths. */
const SHARE_WIDTH = 1200

/**
 * The address of an image for other sites (Open Graph, JSON-LD): through this site's own image
 * optimizer, so it is public wherever the site is, even when the web server reaches the CMS at an
 * internal address (Docker: http://cms:3001). Relative: `metadataBase` makes it absolute.
 */
export function sharedImageUrl(media: Pick<Media, 'url' | 'width' | 'height' | 'sizes'>): string {
  return `/_next/image?url=${encodeURIComponent(imageProps(media, 'og').src)}&w=${SHARE_WIDTH}&q=75`
}
