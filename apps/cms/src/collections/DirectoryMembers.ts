import type { CollectionConfig } from 'payload'

import { adminOrOwnMemberAccount } from '../access/adminOrOwnMemberAccount'
import { adminsOnly } from '../access/adminsOnly'
import { env } from '../env'
import { forgetLoginAttempts } from '../hooks/forgetLoginAttempts'
import { guardLogin } from '../hooks/guardLogin'
import { unlockAccount } from '../hooks/unlockAccount'
import { sessionCookies } from '../lib/sessionCookies'
import { collections } from '../slugs'

/**
 * Therapists listed in the directory. A separate auth collection from `users`, so a directory
 * sign-in can never open the admin.
 */
export const DirectoryMembers: CollectionConfig = {
  slug: collections.members,
  auth: {
    tokenExpiration: 60 * 60 * 24 * 7,
    cookies: sessionCookies({ CMS_URL: env.CMS_URL }),
    // Sign-in attempts are limited per account and client address (hooks/guardLogin.ts), as for staff.
    maxLoginAttempts: 0,
  },
  hooks: {
    beforeOperation: [guardLogin],
    afterLogin: [forgetLoginAttempts],
    afterOperation: [unlockAccount],
  },
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
