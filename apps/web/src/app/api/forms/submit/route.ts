import { forwardToCms } from '@/lib/forward'

/** `POST /api/forms/submit` `{ form, fields, website }`: Contact Us, Write for Us and other CMS forms. */
export function POST(request: Request): Promise<Response> {
  return forwardToCms(request, '/form-submissions/submit')
}
