import type { Metadata } from 'next'

/**
 * The head of a 404 page. Next.js adds `noindex` itself only when the status is known before the
 * head renders, which a page that renders its own not-found content (NotFoundStatus) is not.
 */
export const notFoundMetadata: Metadata = {
  title: 'Page not found',
  robots: { index: false, follow: true },
}
