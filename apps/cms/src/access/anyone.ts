import type { Access } from 'payload'

/** Anyone's request: anonymous readers, directory members and staff alike (public content). */
export const anyone: Access = () => true
