import { getRedirect } from '@/lib/content'

/** WordPress's query-string addresses (`/?p=12`), which next.config.ts rewrites here. */
const oldAddressKeys = ['p', 'page_id', 'attachment_id'] as const

const notFoundPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Page not found · Haven</title><h1>Page not found</h1><p>This old address leads nowhere now. <a href="/">Go to the home page</a>.</p></html>`

/**
 * `/?p=12`, `/?page_id=7`, `/?attachment_id=9`: the redirect an import left for it, or 404. A route
 * handler rather than a page: a page's redirect under a rewrite answered with its Location header twice.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; id: string }> }) {
  const { key, id } = await params
  const target =
    (oldAddressKeys as readonly string[]).includes(key) && /^\d+$/.test(id)
      ? await getRedirect(`/?${key}=${id}`)
      : null
  if (target) return new Response(null, { status: target.status, headers: { location: target.location } })
  return new Response(notFoundPage, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}
