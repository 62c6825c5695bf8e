import type { Access } from 'payload'

import { hasRole } from './roles'
import { isStaff } from './isStaff'

/**
 * Staff's request (`users`, any role) saves articles: writers their drafts, reviewers their verdicts;
 * only editors and admins publish. The admin asks with `data._status: 'published'` to decide whether
 * to offer Publish; the workflow hook checks the rest (whose article, in which state, approved or not).
 * Directory members and anonymous requests are refused.
 */
export const canUpdateArticle: Access = ({ req, data }) =>
  (data as { _status?: unknown } | undefined)?._status === 'published'
    ? hasRole(req.user, 'admin', 'editor')
    : isStaff(req.user)
