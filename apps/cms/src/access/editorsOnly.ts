import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * An editor's or admin's request (`users` with role admin or editor): they manage the shared structure
 * (people, topics, partners, pages, forms, redirects, navigation, settings). Writers, reviewers,
 * directory members and anonymous requests are refused.
 */
export const editorsOnly: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
