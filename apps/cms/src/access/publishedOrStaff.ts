import type { Access, Where } from 'payload'

import { isStaff } from './isStaff'

const publishedOnly: Where = { _status: { equals: 'published' } }

/**
 * Staff's request (`users`, any role) reads drafts too; anyone else's (anonymous readers, directory
 * members) only published documents, on REST, GraphQL and the Local API alike.
 */
export const publishedOrStaff: Access = ({ req }) => (isStaff(req.user) ? true : publishedOnly)
