import { STAFF_ROLES } from '@haven/schemas'

import { hasRole, type RequestUser } from './roles'

/** True for a signed-in staff account (`users`) with any staff role; never for a directory member. */
export function isStaff(user: RequestUser): boolean {
  return hasRole(user, ...STAFF_ROLES)
}
