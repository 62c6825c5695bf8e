/**
 * What reader forms need in the browser: the honeypot's name, the longest answers, and the answer every
 * form endpoint gives, checked by hand for the same reason as the consent cookie (see
 * consent-record.ts); `formResponseSchema` in `newsletter.ts` is the zod rule for servers and tests.
 */

/**
 * The honeypot: a field people never see (it is hidden from them and from screen readers) and bots fill
 * in. A submission that fills it is answered as if it succeeded and then dropped.
 */
export const HONEYPOT_FIELD = 'website'

/** Longest answers a reader form accepts, per field type. */
export const FORM_FIELD_MAX_LENGTH = { text: 200, textarea: 5000 } as const

/** What every reader-facing form endpoint answers: a message for the reader, and field errors if any. */
export type FormResponse = {
  ok: boolean
  message: string
  errors?: { field: string; message: string }[]
}

/** Whether `value` is a {@link FormResponse}. */
export function isFormResponse(value: unknown): value is FormResponse {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const r = value as Record<string, unknown>
  return (
    typeof r.ok === 'boolean' &&
    typeof r.message === 'string' &&
    (r.errors === undefined ||
      (Array.isArray(r.errors) &&
        r.errors.every(
          (e: unknown) =>
            !!e &&
            typeof e === 'object' &&
            typeof (e as Record<string, unknown>).field === 'string' &&
            typeof (e as Record<string, unknown>).message === 'string',
        )))
  )
}
