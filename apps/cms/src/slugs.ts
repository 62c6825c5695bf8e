/** Collection and global slugs, shared so that a rename is one change. */
export const collections = {
  users: 'users',
  members: 'directory-members',
  media: 'media',
} as const

export const roles = ['admin', 'editor', 'writer', 'reviewer'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  writer: 'Writer',
  reviewer: 'Clinical reviewer',
}
