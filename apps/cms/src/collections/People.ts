import {
  credentialAbbreviations,
  credentialCatalog,
  credentialsLabelOf,
  headshotAltOf,
  isClinicalCredential,
  personPopulate,
} from '@haven/schemas'
import type { CollectionConfig, FieldHook } from 'payload'

import { validateDrafts } from '../fields/draftRules'
import { editorManagedAccess } from '../access/editorManagedAccess'
import { slugField } from '../fields/slug'
import { revalidateWeb } from '../hooks/revalidateWeb'
import { collections, personRoles } from '../slugs'

type Credential = { abbreviation?: string | null }

/** Derived with the same wording the web app falls back to (`headshotAltOf` in @haven/schemas). */
const deriveHeadshotAlt: FieldHook = ({ siblingData }) =>
  typeof siblingData?.name === 'string' && siblingData.name
    ? headshotAltOf({
        name: siblingData.name,
        credentials: siblingData.credentials as Credential[] | undefined,
      })
    : undefined

const deriveIsClinical: FieldHook = ({ siblingData }) =>
  ((siblingData?.credentials as Credential[] | undefined) ?? []).some((c) =>
    isClinicalCredential(c.abbreviation ?? ''),
  )

/** Writers, clinical reviewers and presenters, with credentials, headshot and bio. */
// Field rules hold on drafts too; a draft may leave fields empty (fields/draftRules.ts).
export const People: CollectionConfig = validateDrafts({
  slug: collections.people,
  // What another document gets when it populates this one: the shape the web parses (see @haven/schemas).
  defaultPopulate: personPopulate,
  admin: {
    group: 'Content',
    useAsTitle: 'name',
    defaultColumns: ['name', 'roles', 'credentialsLabel', 'updatedAt'],
  },
  access: editorManagedAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [revalidateWeb], afterDelete: [revalidateWeb] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField({ from: 'name' }),
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      options: personRoles.map((value) => ({
        value,
        label: { writer: 'Writer', reviewer: 'Clinical reviewer', presenter: 'Presenter' }[value],
      })),
      validate: (value: unknown, { siblingData }: { siblingData: { credentials?: Credential[] } }) => {
        const roles = Array.isArray(value) ? (value as string[]) : []
        if (roles.length === 0) return 'roles: choose at least one role'
        if (
          roles.includes('reviewer') &&
          !(siblingData.credentials ?? []).some((c) => isClinicalCredential(c.abbreviation ?? ''))
        ) {
          return `roles: a clinical reviewer must hold a clinical credential (${credentialAbbreviations.filter(isClinicalCredential).join(', ')})`
        }
        return true
      },
    },
    {
      name: 'credentials',
      type: 'array',
      labels: { singular: 'Credential', plural: 'Credentials' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'abbreviation',
              type: 'select',
              required: true,
              options: credentialAbbreviations.map((value) => ({
                value,
                label: `${value}: ${credentialCatalog[value].title}`,
              })),
            },
            {
              name: 'licenseState',
              type: 'text',
              maxLength: 2,
              admin: { description: 'Two-letter state or province, if licensed' },
            },
            { name: 'licenseNumber', type: 'text', maxLength: 40 },
          ],
        },
      ],
    },
    {
      name: 'headshot',
      type: 'upload',
      relationTo: collections.media,
      filterOptions: { purpose: { equals: 'headshot' } },
      admin: {
        description: 'Upload with purpose "Headshot": its alt text is made from the name and credentials.',
      },
    },
    { name: 'bio', type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'credentialsLabel',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: {
        afterRead: [
          ({ siblingData }) => credentialsLabelOf(siblingData?.credentials as Credential[] | undefined),
        ],
      },
    },
    {
      name: 'headshotAlt',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [deriveHeadshotAlt] },
    },
    {
      name: 'isClinical',
      type: 'checkbox',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [deriveIsClinical] },
    },
  ],
})
