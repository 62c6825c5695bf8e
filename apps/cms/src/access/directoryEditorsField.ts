import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level, an editor's or admin's request (`users`): who verified a listing and when. */
export const directoryEditorsField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
