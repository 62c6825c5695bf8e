import type { Payload } from 'payload'

import { collections } from '../slugs'
import { DEMO_PASSWORD, demoMembers, demoUsers } from './accounts'

/** Passed as `req.context` so hooks with side effects (revalidation, history) stand aside. */
export const seedContext = { seeding: true, disableRevalidate: true } as const

/** Collections the seed owns, emptied by `--force` in an order that respects references. */
const seededCollections = [collections.members, collections.users] as const

export async function isEmpty(payload: Payload): Promise<boolean> {
  for (const collection of seededCollections) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

export async function wipe(payload: Payload): Promise<void> {
  for (const collection of seededCollections) {
    await payload.delete({
      collection,
      where: { id: { exists: true } },
      overrideAccess: true,
      context: seedContext,
    })
  }
}

/** Creates the demo accounts and content. Expects an empty database (see {@link isEmpty}). */
export async function seed(payload: Payload): Promise<{ users: number; members: number }> {
  for (const user of demoUsers) {
    await payload.create({
      collection: collections.users,
      data: { ...user, password: DEMO_PASSWORD },
      overrideAccess: true,
      context: seedContext,
    })
  }
  for (const member of demoMembers) {
    await payload.create({
      collection: collections.members,
      data: { ...member, password: DEMO_PASSWORD },
      overrideAccess: true,
      context: seedContext,
    })
  }
  return { users: demoUsers.length, members: demoMembers.length }
}
