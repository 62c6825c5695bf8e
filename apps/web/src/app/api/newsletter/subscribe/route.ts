import { forwardToCms } from '@/lib/forward'

/** `POST /api/newsletter/subscribe` `{ email, topics, website }`: starts double opt-in (see the CMS). */
export function POST(request: Request): Promise<Response> {
  return forwardToCms(request, '/subscribers/subscribe')
}
