import type { Access, Where } from 'payload'

import { isStaff } from './isStaff'

const publishedAndActive: Where = {
  and: [{ _status: { equals: 'published' } }, { active: { equals: true } }],
}

/**
 * Staff's request (`users`, any role) reads every partner; anyone else's (anonymous readers, directory
 * members) only published, active ones: an inactive partner is never shown or disclosed to readers.
 */
export const publishedActivePartnerOrStaff: Access = ({ req }) =>
  isStaff(req.user) ? true : publishedAndActive
