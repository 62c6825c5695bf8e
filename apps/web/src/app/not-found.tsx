import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/not-found/NotFoundPage'
import { notFoundMetadata } from '@/lib/not-found-metadata'

export const metadata: Metadata = notFoundMetadata

/**
 * The root not-found boundary: addresses no route matches, and (in the browser) the pages whose
 * server HTML `NotFoundStatus` rendered.
 */
export default function NotFound() {
  return <NotFoundPage />
}
