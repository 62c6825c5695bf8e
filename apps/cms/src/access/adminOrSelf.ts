import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins reach every account; anyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
