import type { Endpoint } from 'payload'

import { isMember } from '../../access/isMember'
import { collections } from '../../slugs'
import { RECONFIRM_CONTEXT } from './hooks'

/**
 * `POST /api/therapists/reconfirm` (a directory member's request, signed in): one click confirms that
 * the member's own listing is still (or no longer, with `{ "acceptingNewClients": false }`) accepting
 * new clients, which restarts its 30 days. Anyone else is refused.
 */
export const reconfirmAccepting: Endpoint = {
  path: '/reconfirm',
  method: 'post',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    if (!req.user || !isMember(req.user))
      return Response.json(
        { errors: [{ message: 'Sign in to the directory to confirm your listing.' }] },
        { status: 401, headers },
      )
    let body: unknown = {}
    try {
      body = req.json ? await req.json() : {}
    } catch {
      body = {}
    }
    const requested = (body as { acceptingNewClients?: unknown } | null)?.acceptingNewClients
    if (requested !== undefined && typeof requested !== 'boolean')
      return Response.json(
        { errors: [{ message: 'acceptingNewClients: must be true or false' }] },
        { status: 400, headers },
      )
    const { docs } = await req.payload.find({
      collection: collections.therapists,
      where: { owner: { equals: req.user.id } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const listing = docs[0]
    if (!listing)
      return Response.json({ errors: [{ message: 'You have no listing yet.' }] }, { status: 404, headers })
    const updated = await req.payload.update({
      collection: collections.therapists,
      id: listing.id,
      data: { acceptingNewClients: requested ?? Boolean(listing.acceptingNewClients) },
      overrideAccess: false,
      user: req.user,
      req,
      depth: 0,
      context: { [RECONFIRM_CONTEXT]: true },
    })
    return Response.json(
      {
        acceptingNewClients: updated.acceptingNewClients,
        acceptingConfirmedAt: updated.acceptingConfirmedAt,
      },
      { headers },
    )
  },
}
