import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { hasRole } from '../access/roles'
import { collections } from '../slugs'

/**
 * Therapists listed in the directory. A separate auth collection from `users`, so a directory
 * sign-in can never open the admin.
 */
export const DirectoryMembers: CollectionConfig = {
  slug: collections.members,
  auth: { tokenExpiration: 60 * 60 * 24 * 7, maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name'], group: 'Directory' },
  access: {
    create: isAdmin,
    read: ({ req }) => {
      if (req.user?.collection === collections.users) return true
      if (req.user?.collection === collections.members) return { id: { equals: req.user.id } }
      return false
    },
    update: ({ req }) => {
      if (hasRole(req.user, 'admin')) return true
      if (req.user?.collection === collections.members) return { id: { equals: req.user.id } }
      return false
    },
    delete: isAdmin,
  },
  fields: [{ name: 'name', type: 'text', required: true }],
}
