import { createSubscriptionBodySchema, HONEYPOT_FIELD, tokenBodySchema } from '@haven/schemas'
import type { Endpoint, Payload } from 'payload'

import { hasRole } from '../access/roles'
import { env } from '../env'
import { clientIp } from '../lib/clientIp'
import { alreadySubscribedEmail, confirmationEmail, welcomeEmail } from '../lib/newsletterEmails'
import { hitRateLimit, rateLimits } from '../lib/rateLimit'
import { subscriberCounts } from '../lib/subscriberCounts'
import { formResponse, tooManyRequests } from '../lib/formResponse'
import { readBody } from '../lib/readBody'
import { hashToken, newToken, verifyUnsubscribeToken } from '../lib/tokens'
import { collections } from '../slugs'

/** How long a confirmation link works. */
export const CONFIRMATION_TTL_MS = 48 * 60 * 60_000

/** The same answer whether the address is new, pending, confirmed or unsubscribed: nothing leaks. */
const CHECK_INBOX =
  'Thank you. If this address can receive our newsletter, a confirmation link is on its way: open it to finish subscribing.'

/** `POST /api/subscribers/subscribe`: starts (or restarts) double opt-in for an address. */
export const subscribe: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const ip = clientIp(req.headers)
    const perIp = await hitRateLimit(payload, rateLimits.subscribePerIp, ip)
    if (!perIp.allowed) return tooManyRequests(perIp.retryAfterSeconds)
    const body = await readBody(req, createSubscriptionBodySchema)
    if ('response' in body) return body.response
    const { email, topics } = body.data
    if (body.data[HONEYPOT_FIELD]) return formResponse({ ok: true, message: CHECK_INBOX }, 202)
    const perAddress = await hitRateLimit(payload, rateLimits.subscribePerAddress, email)
    if (!perAddress.allowed) return tooManyRequests(perAddress.retryAfterSeconds)

    const unknownTopics = await missingTopics(payload, topics)
    if (unknownTopics.length) {
      const message = `topics: unknown topic id(s) ${unknownTopics.join(', ')}`
      return formResponse({ ok: false, message, errors: [{ field: 'topics', message }] }, 400)
    }

    const { docs } = await payload.find({
      collection: collections.subscribers,
      where: { email: { equals: email } },
      limit: 1,
      overrideAccess: true,
    })
    const existing = docs[0]
    // A confirmed subscriber is left as they are (their topics too: nobody changes them without the
    // inbox) and told so by email. The answer is the same, and so is the work behind it, an email
    // sent, so neither the response nor its timing tells anyone that the address is subscribed.
    if (existing?.status === 'confirmed') {
      await payload.sendEmail({ to: email, ...alreadySubscribedEmail(existing.id) })
      return formResponse({ ok: true, message: CHECK_INBOX }, 202)
    }

    const { token, hash } = newToken()
    const data = {
      email,
      // Ids as the database gives them: numbers on SQL engines, strings on MongoDB.
      topics: topics as number[],
      status: 'pending' as const,
      confirmTokenHash: hash,
      confirmTokenExpiresAt: new Date(Date.now() + CONFIRMATION_TTL_MS).toISOString(),
    }
    if (existing)
      await payload.update({
        collection: collections.subscribers,
        id: existing.id,
        data,
        overrideAccess: true,
      })
    else await payload.create({ collection: collections.subscribers, data, overrideAccess: true })
    await payload.sendEmail({
      to: email,
      ...confirmationEmail(`${env.WEB_URL}/newsletter/confirm?token=${token}`),
    })
    return formResponse({ ok: true, message: CHECK_INBOX }, 202)
  },
}

async function missingTopics(payload: Payload, ids: (string | number)[]): Promise<(string | number)[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: collections.topics,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  return ids.filter((id) => !found.has(String(id)))
}

/** `POST /api/subscribers/confirm`: the link in the confirmation email; the token works once. */
export const confirm: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const perIp = await hitRateLimit(payload, rateLimits.tokenPerIp, clientIp(req.headers))
    if (!perIp.allowed) return tooManyRequests(perIp.retryAfterSeconds)
    const body = await readBody(req, tokenBodySchema)
    if ('response' in body) return body.response
    const { docs } = await payload.find({
      collection: collections.subscribers,
      where: {
        and: [
          { confirmTokenHash: { equals: hashToken(body.data.token) } },
          { confirmTokenExpiresAt: { greater_than: new Date().toISOString() } },
        ],
      },
      limit: 1,
      overrideAccess: true,
    })
    const subscriber = docs[0]
    if (!subscriber)
      return formResponse(
        {
          ok: false,
          message: 'This confirmation link has expired or was already used. Sign up again to get a new one.',
        },
        400,
      )
    await payload.update({
      collection: collections.subscribers,
      id: subscriber.id,
      data: {
        status: 'confirmed',
        confirmedAt: new Date().toISOString(),
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
      },
      overrideAccess: true,
    })
    const welcome = welcomeEmail(subscriber.id)
    await payload.sendEmail({ to: subscriber.email, ...welcome })
    return formResponse({ ok: true, message: 'You are subscribed. Welcome to the Haven newsletter.' }, 200)
  },
}

/** `POST /api/subscribers/unsubscribe`: the link (and List-Unsubscribe header) in every message. */
export const unsubscribe: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const perIp = await hitRateLimit(payload, rateLimits.tokenPerIp, clientIp(req.headers))
    if (!perIp.allowed) return tooManyRequests(perIp.retryAfterSeconds)
    const body = await readBody(req, tokenBodySchema)
    if ('response' in body) return body.response
    const id = verifyUnsubscribeToken(env.PAYLOAD_SECRET, body.data.token)
    const invalid = () =>
      formResponse(
        { ok: false, message: 'This unsubscribe link is not valid. Use the link from one of our emails.' },
        400,
      )
    if (!id) return invalid()
    const { docs } = await payload.find({
      collection: collections.subscribers,
      where: { id: { equals: id } },
      limit: 1,
      overrideAccess: true,
    })
    const subscriber = docs[0]
    if (!subscriber) return invalid()
    if (subscriber.status !== 'unsubscribed')
      await payload.update({
        collection: collections.subscribers,
        id: subscriber.id,
        data: {
          status: 'unsubscribed',
          unsubscribedAt: new Date().toISOString(),
          confirmTokenHash: null,
          confirmTokenExpiresAt: null,
        },
        overrideAccess: true,
      })
    return formResponse(
      { ok: true, message: 'You are unsubscribed. You will get no more newsletters from us.' },
      200,
    )
  },
}

/** `GET /api/subscribers/counts`: how many subscribers there are, for editors; never who they are. */
export const counts: Endpoint = {
  path: '/counts',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor'))
      return Response.json({ errors: [{ message: 'Editors and admins only.' }] }, { status: 403 })
    const body = await subscriberCounts(req.payload)
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
  },
}
