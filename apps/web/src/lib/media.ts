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
