import type { CollectionConfig } from 'payload'

import { editorsOnly } from '../../access/editorsOnly'
import { memberOrEditors } from '../../access/memberOrEditors'
import { ownListingOrEditors } from '../../access/ownListingOrEditors'
import { verifiedListingOrOwnOrEditors } from '../../access/verifiedListingOrOwnOrEditors'
import { slugField } from '../../fields/slug'
import { revalidateWeb } from '../../hooks/revalidateWeb'
import { collections } from '../../slugs'
import { therapistFields } from './fields'
import { applyDirectoryRules, deriveAcceptingStatus, derivePhotoAlt } from './hooks'
import { reconfirmAccepting } from './reconfirm'

/**
 * The therapist directory's listings, each owned by a `directory-members` account. Readers (and other
 * members) see verified listings only, and only their public fields; the owner edits theirs; editors
 * and admins verify and manage all (see the access files for whose request each rule is).
 */
export const Therapists: CollectionConfig = {
  slug: collections.therapists,
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'verification.status', 'office.state', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
  },
  access: {
    read: verifiedListingOrOwnOrEditors,
    create: memberOrEditors,
    update: ownListingOrEditors,
    delete: editorsOnly,
  },
  endpoints: [reconfirmAccepting],
  hooks: {
    beforeChange: [applyDirectoryRules],
    // Directory pages are cached under `therapists` and `therapists:<slug>`.
    afterChange: [revalidateWeb],
    afterDelete: [revalidateWeb],
  },
  fields: [
    ...therapistFields.slice(0, 1),
    slugField({ from: 'name' }),
    ...therapistFields.slice(1),
    {
      name: 'photoAlt',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [derivePhotoAlt] },
    },
    {
      name: 'acceptingStatus',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [deriveAcceptingStatus] },
    },
  ],
}
