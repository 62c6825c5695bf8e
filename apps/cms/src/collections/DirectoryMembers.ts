import type { CollectionConfig } from 'payload'

import { adminOrOwnMemberAccount } from '../access/adminOrOwnMemberAccount'
import { adminsOnly } from '../access/adminsOnly'
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
    create: adminsOnly,
    read: adminOrOwnMemberAccount,
    update: adminOrOwnMemberAccount,
    delete: adminsOnly,
    unlock: adminsOnly,
    // Members never open the admin (its `admin.user` is `users`); said here so no default decides it.
    admin: () => false,
  },
  fields: [{ name: 'name', type: 'text', required: true }],
}
