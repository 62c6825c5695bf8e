import type { Access } from 'payload'

/** Any signed-in CMS user (not a directory member). */
export const signedIn: Access = ({ req }) => req.user?.collection === 'users'
