import { z } from 'zod'

import { FORM_FIELD_MAX_LENGTH, HONEYPOT_FIELD, type FormResponse } from './browser/form-response'
import { lexicalDocumentSchema } from './lexical'
import { documentIdSchema } from './relation'

/** Addresses longer than this cannot be delivered (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254

export const emailAddressSchema = z
  .string({ error: 'is required' })
  .trim()
  .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`)
  .pipe(z.email({ error: 'must be an email address, like name@example.com' }))
  .transform((email) => email.toLowerCase())
  .describe('Your email address')

export * from './browser/form-response'

/** {@link FormResponse} as a zod schema (the web server checks the CMS's answers with it). */
export const formResponseSchema: z.ZodType<FormResponse> = z.object({
  ok: z.boolean(),
  message: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})

export const honeypotSchema = z.string().max(500).optional()

/** `POST /api/newsletter/subscribe` (web) → `POST /api/subscribers/subscribe` (CMS). */
export const createSubscriptionBodySchema = z.strictObject({
  email: emailAddressSchema,
  topics: z
    .array(documentIdSchema, { error: 'must be a list of topics' })
    .max(20, 'must name at most 20 topics')
    .default([])
    .describe('Topics of interest'),
  [HONEYPOT_FIELD]: honeypotSchema,
})
export type CreateSubscriptionBody = z.infer<typeof createSubscriptionBodySchema>

/** A confirmation or unsubscribe token from an email link. */
export const tokenBodySchema = z.strictObject({
  token: z
    .string({ error: 'is required' })
    .trim()
    .min(16, 'is too short to be a token from one of our emails')
    .max(200, 'is too long to be a token from one of our emails'),
})
export type TokenBody = z.infer<typeof tokenBodySchema>

/** Turns a zod error into field errors that name the field and the rule. */
export function fieldErrors(error: z.ZodError): NonNullable<FormResponse['errors']> {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : 'body'
    const message =
      issue.code === 'unrecognized_keys' ? `unexpected field(s): ${issue.keys.join(', ')}` : issue.message
    return { field, message: `${field}: ${message}` }
  })
}

/** Subscriber counts for editors (`GET /api/subscribers/counts`): numbers, never addresses. */
export const subscriberCountsSchema = z.object({
  pending: z.number().int().nonnegative(),
  confirmed: z.number().int().nonnegative(),
  unsubscribed: z.number().int().nonnegative(),
})
export type SubscriberCounts = z.infer<typeof subscriberCountsSchema>

/** The largest request body a reader-facing form accepts. */
export const FORM_BODY_MAX_BYTES = 16 * 1024

/** `POST /api/forms/submit` (web) → `POST /api/form-submissions/submit` (CMS). */
export const formSubmissionBodySchema = z.strictObject({
  form: z
    .union([z.number().int(), z.string().min(1)], { error: 'must be the id of a form' })
    .describe('The form being submitted'),
  fields: z.record(z.string().max(100), z.union([z.string(), z.boolean()]), {
    error: 'must be an object of field names and values',
  }),
  [HONEYPOT_FIELD]: honeypotSchema,
})
export type FormSubmissionBody = z.infer<typeof formSubmissionBodySchema>

/** A form as the web app reads it (`GET /api/forms?where[slug][equals]=…`). */
export const formFieldSchema = z.object({
  blockType: z.enum(['text', 'textarea', 'email', 'select', 'checkbox', 'message']),
  name: z.string().nullish(),
  label: z.string().nullish(),
  required: z.boolean().nullish(),
  defaultValue: z.union([z.string(), z.boolean()]).nullish(),
  options: z.array(z.object({ label: z.string(), value: z.string() })).nullish(),
  message: z.unknown().optional(),
})
export type FormField = z.infer<typeof formFieldSchema>

export const siteFormSchema = z.object({
  id: documentIdSchema,
  title: z.string(),
  slug: z.string(),
  submitButtonLabel: z.string().nullish(),
  confirmationMessage: lexicalDocumentSchema.nullish(),
  fields: z
    .array(formFieldSchema)
    .nullish()
    .transform((fields) => fields ?? []),
})
export type SiteForm = z.infer<typeof siteFormSchema>

/**
 * The schema of one form's answers, built from the fields editors defined: required fields must be
 * filled, emails must be addresses, choices must be offered ones, and nothing else may be sent.
 */
export function formAnswersSchema(fields: readonly FormField[]) {
  const shape: Record<string, z.ZodType> = {}
  for (const field of fields) {
    if (!field.name || field.blockType === 'message') continue
    const required = Boolean(field.required)
    let schema: z.ZodType
    switch (field.blockType) {
      case 'checkbox':
        schema = required ? z.literal(true, { error: 'must be ticked' }) : z.boolean().optional()
        break
      case 'email':
        schema = required ? emailAddressSchema : z.union([z.literal(''), emailAddressSchema]).optional()
        break
      case 'select': {
        const values = (field.options ?? []).map((option) => option.value)
        const choice = z.string().refine((value) => values.includes(value), {
          message: `must be one of ${values.join(', ')}`,
        })
        schema = required ? choice : z.union([z.literal(''), choice]).optional()
        break
      }
      default: {
        const max = FORM_FIELD_MAX_LENGTH[field.blockType]
        const text = z.string({ error: 'must be text' }).trim().max(max, `must be at most ${max} characters`)
        schema = required ? text.min(1, 'is required') : text.optional()
      }
    }
    shape[field.name] = schema
  }
  return z.strictObject(shape)
}
