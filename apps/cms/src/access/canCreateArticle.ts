import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff's request (`users` with role admin, editor or writer) starts articles; a writer only as an
 * author (collections/Articles/workflowHook.ts). Reviewers, members and anonymous requests are refused.
 */
export const canCreateArticle: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'writer')
