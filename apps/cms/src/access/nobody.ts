import type { Access } from 'payload'

/**
 * Nobody's request, over REST or GraphQL, whoever is signed in: for records only the server writes
 * (rate-limit rows, the outbox, jobs) or that are created only through a custom endpoint.
 */
export const nobody: Access = () => false
