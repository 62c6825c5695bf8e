import { permanentRedirect, redirect } from 'next/navigation'

import { getRedirect } from './content'

/**
 * For an address with nothing at it: follows a redirect the CMS holds for it (an article or page
 * renamed, or one an editor added by hand) with its status, 308 for a rename. Returns only when there
 * is none; the page then answers its 404 (`NotFoundStatus`).
 */
export async function redirectIfMoved(from: string): Promise<void> {
  const target = await getRedirect(from)
  if (target) (target.status === 308 || target.status === 301 ? permanentRedirect : redirect)(target.location)
}
