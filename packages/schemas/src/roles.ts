/**
 * Who is who on Haven's two auth collections. A leaf file (no imports), so the CMS's access rules, its
 * workflow and the web app's preview check all read the same list.
 */

/** The auth collection of staff who work in the admin. */
export const STAFF_COLLECTION = 'users'
/** The auth collection of therapists listed in the directory (never staff, never in the admin). */
export const MEMBER_COLLECTION = 'directory-members'

/** The roles a staff account (`users`) can hold; every one of them is staff. */
export const STAFF_ROLES = ['admin', 'editor', 'writer', 'reviewer'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  editor: 'Editor',
  writer: 'Writer',
  reviewer: 'Clinical reviewer',
}

/** True for a role a staff account may hold (an unknown string from a token is not one). */
export function isStaffRole(role: unknown): role is StaffRole {
  return typeof role === 'string' && (STAFF_ROLES as readonly string[]).includes(role)
}
