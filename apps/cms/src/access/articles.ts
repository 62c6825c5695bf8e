import type { Access } from 'payload'

import { hasRole } from './roles'

/** Writers, editors and admins start articles (a writer only as an author: see hooks/articleWorkflow.ts). */
export const canCreateArticle: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'writer')

/**
 * Every editorial role saves articles (writers their drafts, reviewers their verdicts); only editors and
 * admins publish. The admin asks with `data._status: 'published'` to decide whether to offer Publish;
 * the workflow hook checks the rest (whose article, in which state, approved or not).
 */
export const canUpdateArticle: Access = ({ req, data }) =>
  (data as { _status?: unknown } | undefined)?._status === 'published'
    ? hasRole(req.user, 'admin', 'editor')
    : hasRole(req.user, 'admin', 'editor', 'writer', 'reviewer')
