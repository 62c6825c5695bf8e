import { STAFF_COLLECTION, type StaffRole } from '@haven/schemas'

/** The user on a request, as the access rules see it: from either auth collection, or nobody. */
export type RequestUser = { collection?: string; roles?: readonly string[] | null } | null | undefined

/**
 * True when `user` is a staff account (`users`) holding any of `wanted`. The collection is checked
 * first: a directory member's token carries no roles, but a rule must never rely on that alone.
 */
export function hasRole(user: RequestUser, ...wanted: StaffRole[]): boolean {
  return Boolean(
    user &&
    user.collection === STAFF_COLLECTION &&
    user.roles?.some((role) => (wanted as readonly string[]).includes(role)),
  )
}
