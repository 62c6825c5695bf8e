import { MEMBER_COLLECTION } from '@haven/schemas'

import type { RequestUser } from './roles'

/** True for a signed-in therapist of the directory (`directory-members`); never for staff. */
export function isMember(user: RequestUser): boolean {
  return Boolean(user && user.collection === MEMBER_COLLECTION)
}
