import type { Access } from 'payload'

import { hasRole } from './roles'

/** An admin's request (`users` with role admin); every other staff role, members and anonymous are refused. */
export const adminsOnly: Access = ({ req }) => hasRole(req.user, 'admin')
