import type { FieldAccess } from 'payload'

import { isMember } from './isMember'
import { hasRole } from './roles'

/**
 * Field-level, a listing's private fields (its owner account, the verification note): an editor's or
 * admin's request, or the request of the member who owns the listing. Never anonymous readers or
 * other members, over REST and GraphQL alike.
 */
export const listingOwnerOrEditorsField: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user || !isMember(req.user) || !doc) return false
  const owner = (doc as { owner?: unknown }).owner
  const ownerId = owner && typeof owner === 'object' ? (owner as { id?: unknown }).id : owner
  return ownerId !== undefined && ownerId !== null && String(ownerId) === String(req.user.id)
}
