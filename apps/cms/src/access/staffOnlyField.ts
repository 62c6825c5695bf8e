import type { FieldAccess } from 'payload'

import { isStaff } from './isStaff'

/** Field-level, staff's request (`users`, any role): internal bookkeeping such as what a body references. */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)
