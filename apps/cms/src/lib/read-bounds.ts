/**
 * How much one request may ask the CMS to read: the `depth` of relationships it populates and the
 * number of documents (`limit`) of one page. Without bounds an anonymous `GET /api/articles?limit=0
 * &depth=10` answered 140 MB (19 articles) in 1.4 s, and eight at once stalled every other request.
 *
 * The bounds depend on whose request it is, by auth collection:
 * - anonymous readers and `directory-members`: depth ≤ 2 (what the reader site reads; it reads
 *   anonymously) and 1–100 documents a page; `limit=0` / `pagination=false` ("all") is refused.
 * - staff (`users`): depth ≤ 3 and 1–1,000 documents a page. The admin reads through the Local API at
 *   depth 0–1 and pages of at most 100; the bound still keeps a stolen or careless staff session from
 *   asking for everything at once (at depth 10 one article was 7 MB).
 * Anything else (a future auth collection) gets the strictest bounds.
 *
 * One exception: staff code on the server (the Local API as a staff user: the admin's own views,
 * jobs run as the user who scheduled them) may read every document of a query at once, because
 * Payload's admin does (its dashboard reads every document lock with `pagination: false`); its
 * depth and any limit it names are bounded as over REST. Likewise the reads Payload makes inside a save
 * (validating the documents a body links to reads them all at once): the client asked for the save.
 *
 * Pure: the hook (`hooks/boundReads.ts`) gathers the request's values and applies the answer.
 */

export type Requester = 'anonymous' | 'directory-members' | 'users'

export type ReadBounds = { maxDepth: number; maxLimit: number }

export const READ_BOUNDS: Record<Requester, ReadBounds> = {
  anonymous: { maxDepth: 2, maxLimit: 100 },
  'directory-members': { maxDepth: 2, maxLimit: 100 },
  users: { maxDepth: 3, maxLimit: 1000 },
}

/** Whose request it is, from the auth collection of `req.user` (none: anonymous). */
export function requesterOf(user: { collection?: unknown } | null | undefined): Requester {
  if (!user) return 'anonymous'
  if (user.collection === 'users') return 'users'
  // A member, or a user of an auth collection added later: the reader's bounds until someone decides.
  return 'directory-members'
}

const who: Record<Requester, string> = {
  anonymous: 'anonymous requests',
  'directory-members': 'directory members',
  users: 'staff',
}

export type ReadRequest = {
  requester: Requester
  /** Which API the request came through (Payload's `req.payloadAPI`); REST when not said. */
  api?: 'REST' | 'GraphQL' | 'local'
  /** `depth` as the request gave it (REST: a number when it parsed as one, else the string). */
  depth?: unknown
  /**
   * A read made inside a write of the same request (Payload's own checks of the relationships a save
   * names, hooks): the client asked for a save, not for this list, so it may read every document its
   * query matches (Payload asks with `limit: 0`); its depth is bounded as any other.
   */
  insideWrite?: boolean
  /** Set for a list read only; absent on reads of one document, creates and updates. */
  list?: {
    limit?: unknown
    pagination?: unknown
  }
}

export type ReadRefusal = { field: 'depth' | 'limit'; message: string }

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value)
}

/** The refusal of a request that asks for more than its requester may read, or `null`. */
export function readRefusal({
  requester,
  api = 'REST',
  depth,
  insideWrite = false,
  list,
}: ReadRequest): ReadRefusal | null {
  const { maxDepth, maxLimit } = READ_BOUNDS[requester]
  if (depth !== undefined && depth !== null && (!isWholeNumber(depth) || depth < 0 || depth > maxDepth))
    return {
      field: 'depth',
      message: `depth must be a whole number from 0 to ${maxDepth} for ${who[requester]} (got ${JSON.stringify(depth)})`,
    }
  if (!list) return null
  const { limit, pagination } = list
  // `limit=0` and `pagination=false` without a limit both mean "every document" to Payload.
  const all = limit === 0 || ((limit === undefined || limit === null) && pagination === false)
  if (all && (insideWrite || (api === 'local' && requester === 'users'))) return null
  if (all)
    return {
      field: 'limit',
      message: `limit must be from 1 to ${maxLimit} for ${who[requester]}: ask for pages (page=2, 3, …) instead of every document at once`,
    }
  if (limit !== undefined && limit !== null && (!isWholeNumber(limit) || limit < 1 || limit > maxLimit))
    return {
      field: 'limit',
      message: `limit must be a whole number from 1 to ${maxLimit} for ${who[requester]} (got ${JSON.stringify(limit)})`,
    }
  return null
}
