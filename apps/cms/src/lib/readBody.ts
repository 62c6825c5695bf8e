import { FORM_BODY_MAX_BYTES, fieldErrors } from '@haven/schemas'
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { formResponse } from './formResponse'

/**
 * Reads a reader-facing JSON body, refusing oversized or malformed ones before anything is stored:
 * the parsed value, or the 4xx response that says which field broke which rule.
 */
export async function readBody<S extends z.ZodType>(
  req: PayloadRequest,
  schema: S,
): Promise<{ data: z.infer<S> } | { response: Response }> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  const tooLarge = () => ({
    response: formResponse(
      { ok: false, message: `The form is too large: at most ${FORM_BODY_MAX_BYTES / 1024} KB.` },
      413,
    ),
  })
  if (declared > FORM_BODY_MAX_BYTES) return tooLarge()
  const text = req.text ? await req.text() : ''
  if (Buffer.byteLength(text) > FORM_BODY_MAX_BYTES) return tooLarge()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      response: formResponse({ ok: false, message: 'The form could not be read: send it as JSON.' }, 400),
    }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error)
    return {
      response: formResponse({ ok: false, message: errors.map((e) => e.message).join('; '), errors }, 400),
    }
  }
  return { data: parsed.data }
}
