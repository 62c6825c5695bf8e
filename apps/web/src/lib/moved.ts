import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { getRedirect } from './content'

/**
 * For an address with nothing at it: follows a redirect the CMS holds for it (an article or page
 * renamed, or one an editor added by hand) with its status, 308 for a rename, or answers the site's
 * 404 page. Never returns.
 */
export async function redirectOrNotFound(from: string): Promise<never> {
  const target = await getRedirect(from)
  if (target) (target.status === 308 || target.status === 301 ? permanentRedirect : redirect)(target.location)
  notFound()
}
