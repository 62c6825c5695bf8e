import type { Access } from 'payload'

import { isStaff } from './isStaff'

/** Staff's request (`users`, any role: admin, editor, writer, reviewer); not members, not anonymous. */
export const staffOnly: Access = ({ req }) => isStaff(req.user)
