import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { collections, roleLabels, roles } from '../slugs'

/** People who work in the admin: admins, editors, writers and clinical reviewers. */
export const Users: CollectionConfig = {
  slug: collections.users,
  auth: {
    // Roles travel in the token so access checks need no extra query.
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Admin',
  },
  access: {
    admin: ({ req }) => req.user?.collection === collections.users,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['writer'],
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // Only an admin may grant or change roles; a user cannot promote themselves.
      access: { create: isAdminField, update: isAdminField },
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 ? true : 'roles: choose at least one role',
    },
  ],
}
