import type { Access, Where } from 'payload'

import { isMember } from './isMember'
import { hasRole } from './roles'

const verifiedOnly: Where = { 'verification.status': { equals: 'verified' } }

/**
 * Directory listings (`therapists`): an editor's or admin's request reads every listing; a directory
 * member's, verified listings and their own (whatever its status); anyone else's (anonymous readers,
 * writers, reviewers) verified listings only. Which fields of them is the fields' own access.
 */
export const verifiedListingOrOwnOrEditors: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (req.user && isMember(req.user)) return { or: [verifiedOnly, { owner: { equals: req.user.id } }] }
  return verifiedOnly
}
