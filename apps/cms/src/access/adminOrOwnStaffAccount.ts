import type { Access } from 'payload'

import { isStaff } from './isStaff'
import { hasRole } from './roles'

/**
 * Staff accounts (`users`): an admin's request reaches every account; another staff member's
 * (editor, writer, reviewer) only their own. A directory member's request never reaches a staff
 * account, whatever its id: the two auth collections number their records independently.
 */
export const adminOrOwnStaffAccount: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user && isStaff(req.user)) return { id: { equals: req.user.id } }
  return false
}
