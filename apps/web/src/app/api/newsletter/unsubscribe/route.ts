import { forwardToCms } from '@/lib/forward'

/**
 * `POST /api/newsletter/unsubscribe`: `{ token }` from the unsubscribe page, or a mail client's one-click
 * unsubscribe (RFC 8058: the token in the query string of the List-Unsubscribe header, a form body).
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token')
  if (token) return forwardToCms(request, '/subscribers/unsubscribe', JSON.stringify({ token }))
  return forwardToCms(request, '/subscribers/unsubscribe')
}
