import type { Access } from 'payload'

import { isMember } from './isMember'
import { hasRole } from './roles'

/**
 * Changing a directory listing: an editor's or admin's request changes any; a directory member's only
 * their own (what of it: see the Therapists hooks). Writers, reviewers and anonymous requests are refused.
 */
export const ownListingOrEditors: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (req.user && isMember(req.user)) return { owner: { equals: req.user.id } }
  return false
}
