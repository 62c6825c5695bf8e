import {
  fieldErrors,
  formAnswersSchema,
  formSubmissionBodySchema,
  HONEYPOT_FIELD,
  siteFormSchema,
} from '@haven/schemas'
import type { Endpoint } from 'payload'

import { clientIp } from '../lib/clientIp'
import { hitRateLimit, rateLimits, releaseRateLimit } from '../lib/rateLimit'
import { formResponse, tooManyRequests } from '../lib/formResponse'
import { readBody } from '../lib/readBody'
import { collections } from '../slugs'

const THANKS = 'Thank you: your message has reached the Haven team.'
const DUPLICATE =
  'form: this exact message has already reached the Haven team (the same answers are accepted once a day); there is no need to send it again.'

/**
 * `POST /api/form-submissions/submit`: the one way readers submit a form. Checks the answers against
 * the fields the editors defined, drops honeypot hits, limits attempts per IP and per address, refuses
 * the same answers to the same form a second time within a day (409), then stores the submission
 * (which sends the form's notification emails).
 */
export const submitForm: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const perIp = await hitRateLimit(payload, rateLimits.formPerIp, clientIp(req.headers))
    if (!perIp.allowed) return tooManyRequests(perIp.retryAfterSeconds)
    const body = await readBody(req, formSubmissionBodySchema)
    if ('response' in body) return body.response
    const { form: formId, fields: answers } = body.data

    const found = await payload.find({
      collection: collections.forms,
      where: { id: { equals: formId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const form = siteFormSchema.safeParse(found.docs[0])
    if (!form.success) {
      const message = `form: no form with id ${String(formId)}`
      return formResponse({ ok: false, message, errors: [{ field: 'form', message }] }, 400)
    }
    const parsed = formAnswersSchema(form.data.fields).safeParse(answers)
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error)
      return formResponse({ ok: false, message: errors.map((e) => e.message).join('; '), errors }, 400)
    }
    if (body.data[HONEYPOT_FIELD]) return formResponse({ ok: true, message: THANKS }, 201)

    const email = form.data.fields.find((field) => field.blockType === 'email' && field.name)
    const address = email?.name ? parsed.data[email.name] : undefined
    if (typeof address === 'string' && address) {
      const perAddress = await hitRateLimit(payload, rateLimits.formPerAddress, address)
      if (!perAddress.allowed) return tooManyRequests(perAddress.retryAfterSeconds)
    }

    const submissionData = Object.entries(parsed.data)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([field, value]) => ({ field, value: String(value) }))
    // Counted before storing, so that two identical submissions at once cannot both get through.
    const answersKey = `${String(form.data.id)}:${JSON.stringify(submissionData)}`
    const first = await hitRateLimit(payload, rateLimits.formDuplicate, answersKey)
    if (!first.allowed)
      return formResponse(
        { ok: false, message: DUPLICATE, errors: [{ field: 'form', message: DUPLICATE }] },
        409,
      )
    try {
      await payload.create({
        collection: collections.formSubmissions,
        data: { form: form.data.id as number, submissionData },
        overrideAccess: true,
      })
    } catch (error) {
      // Nothing was stored, so the same answers may be sent again.
      await releaseRateLimit(payload, rateLimits.formDuplicate, answersKey)
      throw error
    }
    return formResponse({ ok: true, message: THANKS }, 201)
  },
}
