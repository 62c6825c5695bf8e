import type { Payload, PayloadRequest } from 'payload'

/**
 * Runs work once the request's database transaction has committed. Payload has no such hook, and an
 * `afterChange` hook runs inside the transaction, where other connections still see the old data: a
 * revalidation notice sent from there let a reader who arrived before the commit re-render the page
 * from the old data, and that stale page stayed cached until the next change. So the adapter's
 * `commitTransaction` is wrapped (once, at init): work registered for a transaction runs right after
 * its commit, before the operation returns, so the API still answers after the web app knows. Work
 * for a transaction that is rolled back is dropped: nothing changed. Without a transaction (MongoDB
 * without a replica set, or an adapter that has none) the work runs at once.
 */
type Work = () => Promise<unknown>
type Id = string | number
type TransactionalDb = {
  /** Open transactions by id (the drizzle and mongoose adapters keep them here). */
  sessions?: Record<string, unknown>
  commitTransaction?: (id: Id | Promise<Id | null> | null | undefined) => Promise<void>
  rollbackTransaction?: (id: Id | Promise<Id | null> | null | undefined) => Promise<void>
}

const pending = new Map<Id, Work[]>()
const wrapped = new WeakSet<object>()

async function idOf(id: Id | Promise<Id | null> | null | undefined): Promise<Id | null> {
  return (id instanceof Promise ? await id : id) ?? null
}

/** Wraps the database adapter's commit and rollback (idempotent). Called from the config's `onInit`. */
export function installAfterCommit(payload: Payload): void {
  const db = payload.db as unknown as TransactionalDb
  if (wrapped.has(db) || !db.commitTransaction) return
  wrapped.add(db)
  const commit = db.commitTransaction
  const rollback = db.rollbackTransaction
  db.commitTransaction = async function commitTransaction(this: unknown, incoming) {
    const id = await idOf(incoming)
    try {
      await commit.call(this, id ?? undefined)
    } finally {
      const work = id === null ? undefined : pending.get(id)
      if (id !== null) pending.delete(id)
      // One after the other, in the order registered; each is expected not to throw (see notifyWeb).
      for (const run of work ?? []) await run().catch(() => undefined)
    }
  }
  if (rollback)
    db.rollbackTransaction = async function rollbackTransaction(this: unknown, incoming) {
      const id = await idOf(incoming)
      if (id !== null) pending.delete(id)
      await rollback.call(this, id ?? undefined)
    }
}

/**
 * Runs `work` after `req`'s transaction commits, or now when there is none; resolves once registered or
 * run. Only an id the adapter holds an open session for counts: without transactions (SQLite here)
 * `req.transactionID` can still hold a placeholder that no commit will ever name.
 */
export async function afterCommit(req: PayloadRequest, work: Work): Promise<void> {
  const id = await idOf(req.transactionID as Id | Promise<Id | null> | undefined)
  const db = req.payload.db as unknown as TransactionalDb
  const open = (typeof id === 'string' || typeof id === 'number') && Boolean(db.sessions?.[id])
  if (!open || !wrapped.has(db)) {
    await work()
    return
  }
  const list = pending.get(id!) ?? []
  list.push(work)
  pending.set(id!, list)
}

/** How many transactions have work waiting (for tests). */
export const pendingTransactions = (): number => pending.size
