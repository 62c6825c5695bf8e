import type { Role } from '../slugs'

type MaybeUser = { roles?: readonly string[] | null; collection?: string } | null | undefined

/** True when `user` is a signed-in CMS user holding any of `wanted`. */
export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(
    user && user.collection === 'users' && user.roles?.some((role) => wanted.includes(role as Role)),
  )
}
