/** How the importer tells a failing database from an item that breaks a rule, and rides out a busy one. */
/**
 * A failure of the database itself rather than of a rule the item breaks (drizzle reports those as
 * "Failed query: …" with the driver's error as the cause). It must not be reported as a skipped item
 * with the run going on: the run stops, and running it again resumes where it stopped.
 */
export function isDatabaseFailure(error: unknown): boolean {
  // Payload's refusal of a field (a rule the item breaks), not the database's.
  if ((error as { name?: unknown } | null)?.name === 'ValidationError') return false
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { message, code } = e as { message?: unknown; code?: unknown }
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return true
    if (typeof message === 'string' && message.startsWith('Failed query:')) return true
  }
  return false
}

/** A lock another connection held for longer than the busy timeout: worth another try. */
function isBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { message, code } = e as { message?: unknown; code?: unknown }
    if (code === 'SQLITE_BUSY' || (typeof message === 'string' && /database is locked/i.test(message)))
      return true
  }
  return false
}

/**
 * Runs `write` again (up to three tries, a second apart) when SQLite was busy. Safe because each write
 * of the importer is keyed by its record: a repeated one adopts what the first left.
 */
export async function retryingBusy<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if (attempt >= 3 || !isBusy(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
}
