import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level, an admin's request (`users` with role admin): roles and the linked person of an account. */
export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
