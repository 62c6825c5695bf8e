import { forwardToCms } from '@/lib/forward'

/** `POST /api/newsletter/confirm` `{ token }`: the confirmation page's button. */
export function POST(request: Request): Promise<Response> {
  return forwardToCms(request, '/subscribers/confirm')
}
