import { editorsOnly } from './editorsOnly'
import { publishedOrStaff } from './publishedOrStaff'
import { staffOnly } from './staffOnly'

/**
 * The access of the structure editors manage (people, topics, pages, partners): anyone reads what is
 * published, staff (`users`, any role) read drafts and versions, editors and admins change it.
 */
export const editorManagedAccess = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: editorsOnly,
  update: editorsOnly,
  delete: editorsOnly,
} as const
