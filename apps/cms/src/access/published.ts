import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from './roles'

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Staff see drafts; everyone else sees published documents only (REST, GraphQL and Local API alike). */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'writer', 'reviewer') ? true : publishedOnly

/** Versions (and so draft bodies and history) are for staff only. */
export const staffOnly: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'writer', 'reviewer')

/** Editors and admins manage the shared structure: people, topics, partners, pages, navigation, settings. */
export const editorsOnly: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const anyone: Access = () => true

/** Field-level: internal bookkeeping (e.g. what a body references) is for staff only. */
export const staffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'writer', 'reviewer')

/**
 * Access of the structure editors manage (people, topics, pages, partners): readers see what is
 * published, staff see drafts and versions, editors and admins change it.
 */
export const editorManagedAccess = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: editorsOnly,
  update: editorsOnly,
  delete: editorsOnly,
} as const
