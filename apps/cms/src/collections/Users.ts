import { isClinicalCredential, STAFF_ROLE_LABELS, STAFF_ROLES } from '@haven/schemas'
import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'

import { adminOrOwnStaffAccount } from '../access/adminOrOwnStaffAccount'
import { adminsOnly } from '../access/adminsOnly'
import { adminsOnlyField } from '../access/adminsOnlyField'
import { isStaff } from '../access/isStaff'
import { env } from '../env'
import { forgetLoginAttempts } from '../hooks/forgetLoginAttempts'
import { guardLogin } from '../hooks/guardLogin'
import { unlockAccount } from '../hooks/unlockAccount'
import { sessionCookies } from '../lib/sessionCookies'
import { collections } from '../slugs'

/** A clinical reviewer must be linked to a person who holds a clinical credential. */
const validatePerson: RelationshipFieldSingleValidation = async (value, { req, siblingData }) => {
  const roles = ((siblingData as { roles?: string[] }).roles ?? []) as string[]
  const id = value && typeof value === 'object' && 'value' in value ? value.value : value
  if (id === null || id === undefined || id === '') {
    return roles.includes('reviewer')
      ? 'person: a clinical reviewer must be linked to a person who holds a clinical credential'
      : true
  }
  const person = await req.payload
    .findByID({
      collection: collections.people,
      id: id as number,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!person) return `person: person ${String(id)} does not exist`
  if (
    roles.includes('reviewer') &&
    !(person.credentials ?? []).some((c: { abbreviation?: string | null }) =>
      isClinicalCredential(c.abbreviation ?? ''),
    )
  )
    return `person: "${person.name}" holds no clinical credential, so this account cannot be a clinical reviewer`
  return true
}

/** People who work in the admin: admins, editors, writers and clinical reviewers. */
export const Users: CollectionConfig = {
  slug: collections.users,
  auth: {
    // Roles travel in the token so access checks need no extra query.
    tokenExpiration: 60 * 60 * 8,
    // Draft preview on the reader site checks this session: on separate hosts the cookie must cover both.
    cookies: sessionCookies(env),
    // Payload's lockout counts per account from anywhere, so anyone could lock anyone out: off. Sign-in
    // attempts are limited per account and client address instead (hooks/guardLogin.ts).
    maxLoginAttempts: 0,
  },
  hooks: {
    beforeOperation: [guardLogin],
    afterLogin: [forgetLoginAttempts],
    afterOperation: [unlockAccount],
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Admin',
  },
  access: {
    // Only staff open the admin; a directory member's session never does.
    admin: ({ req }) => isStaff(req.user),
    create: adminsOnly,
    read: adminOrOwnStaffAccount,
    update: adminOrOwnStaffAccount,
    delete: adminsOnly,
    unlock: adminsOnly,
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
      options: STAFF_ROLES.map((value) => ({ value, label: STAFF_ROLE_LABELS[value] })),
      // Only an admin may grant or change roles; a user cannot promote themselves.
      access: { create: adminsOnlyField, update: adminsOnlyField },
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 ? true : 'roles: choose at least one role',
    },
    {
      name: 'person',
      type: 'relationship',
      relationTo: collections.people,
      saveToJWT: true,
      // Who this account is in bylines: a writer's articles, a reviewer's clinical credentials.
      access: { create: adminsOnlyField, update: adminsOnlyField },
      validate: validatePerson,
      admin: {
        description:
          'The person this account writes or reviews as. Clinical reviewers must be linked to a credentialed person.',
      },
    },
  ],
}
