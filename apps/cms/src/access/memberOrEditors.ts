import type { Access } from 'payload'

import { isMember } from './isMember'
import { hasRole } from './roles'

/**
 * Starting a directory listing: an editor's or admin's request, or a directory member's (for
 * themself: the Therapists hooks make them its owner, one listing per member). Others are refused.
 */
export const memberOrEditors: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor') || Boolean(req.user && isMember(req.user))
