import type { Access } from 'payload'

import { isMember } from './isMember'
import { hasRole } from './roles'

/**
 * Directory members' accounts (`directory-members`): an admin's request reaches every one; a member's
 * only their own. Other staff (editor, writer, reviewer) have no business with members' emails.
 */
export const adminOrOwnMemberAccount: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user && isMember(req.user)) return { id: { equals: req.user.id } }
  return false
}
