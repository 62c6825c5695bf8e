import { READ_BOUNDS, readRefusal, requesterOf, type ReadRequest } from './read-bounds'

describe('requesterOf', () => {
  it.each([
    [null, 'anonymous'],
    [undefined, 'anonymous'],
    [{ collection: 'users' }, 'users'],
    [{ collection: 'directory-members' }, 'directory-members'],
    // An auth collection added later gets the readers' bounds, not the staff's.
    [{ collection: 'subscribers' }, 'directory-members'],
  ] as const)('%j reads as %s', (user, requester) => {
    expect(requesterOf(user)).toBe(requester)
  })
})

describe('readRefusal', () => {
  const cases: [string, ReadRequest, 'depth' | 'limit' | null][] = [
    [
      'what the web app reads: depth 2, a page of 100',
      { requester: 'anonymous', depth: 2, list: { limit: 100 } },
      null,
    ],
    ['the defaults (no depth, no limit)', { requester: 'anonymous', list: {} }, null],
    ['depth 3 anonymously', { requester: 'anonymous', depth: 3 }, 'depth'],
    ['depth 10 as a member', { requester: 'directory-members', depth: 10 }, 'depth'],
    ['depth 3 as staff', { requester: 'users', depth: 3, list: { limit: 1000 } }, null],
    ['depth 4 as staff', { requester: 'users', depth: 4 }, 'depth'],
    ['a depth that is not a number', { requester: 'anonymous', depth: 'abc' }, 'depth'],
    ['a negative depth', { requester: 'users', depth: -1 }, 'depth'],
    ['limit=0 ("all") anonymously', { requester: 'anonymous', list: { limit: 0 } }, 'limit'],
    ['limit=0 ("all") as staff', { requester: 'users', list: { limit: 0 } }, 'limit'],
    ['pagination=false without a limit', { requester: 'anonymous', list: { pagination: false } }, 'limit'],
    [
      'pagination=false with a limit in bounds',
      { requester: 'anonymous', list: { pagination: false, limit: 50 } },
      null,
    ],
    ['limit 101 anonymously', { requester: 'anonymous', list: { limit: 101 } }, 'limit'],
    ['limit 101 as staff', { requester: 'users', list: { limit: 101 } }, null],
    ['limit 1001 as staff', { requester: 'users', list: { limit: 1001 } }, 'limit'],
    ['a negative limit', { requester: 'anonymous', list: { limit: -5 } }, 'limit'],
    ['a fractional limit', { requester: 'anonymous', list: { limit: 2.5 } }, 'limit'],
    // Staff code on the server (the admin's views) may read every document of a query at once.
    [
      'limit=0 through the Local API as staff',
      { requester: 'users', api: 'local', list: { limit: 0 } },
      null,
    ],
    ['limit=0 through GraphQL as staff', { requester: 'users', api: 'GraphQL', list: { limit: 0 } }, 'limit'],
    [
      'limit=0 through the Local API anonymously',
      { requester: 'anonymous', api: 'local', list: { limit: 0 } },
      'limit',
    ],
    ['depth 4 through the Local API as staff', { requester: 'users', api: 'local', depth: 4 }, 'depth'],
    // Payload's own reads inside a save (validating the documents a body links to) read all at once.
    [
      'limit=0 inside a save over REST as staff',
      { requester: 'users', insideWrite: true, list: { limit: 0 } },
      null,
    ],
    [
      'limit=0 inside a save over GraphQL anonymously (a form submission)',
      { requester: 'anonymous', api: 'GraphQL', insideWrite: true, list: { pagination: false } },
      null,
    ],
    ['depth 3 inside a save anonymously', { requester: 'anonymous', insideWrite: true, depth: 3 }, 'depth'],
    // A read of one document has no list: only its depth counts.
    ['one document at depth 2', { requester: 'anonymous', depth: 2 }, null],
  ]
  it.each(cases)('%s', (_, request, field) => {
    const refusal = readRefusal(request)
    expect(refusal?.field ?? null).toBe(field)
    // The message names the field and the bound.
    if (refusal) {
      expect(refusal.message).toMatch(new RegExp(`^${field} must be`))
      const { maxDepth, maxLimit } = READ_BOUNDS[request.requester]
      expect(refusal.message).toContain(String(field === 'depth' ? maxDepth : maxLimit))
    }
  })

  it('bounds members as tightly as anonymous readers and staff more loosely, never unbounded', () => {
    expect(READ_BOUNDS['directory-members']).toEqual(READ_BOUNDS.anonymous)
    expect(READ_BOUNDS.anonymous).toEqual({ maxDepth: 2, maxLimit: 100 })
    expect(READ_BOUNDS.users.maxDepth).toBeLessThan(10)
    expect(READ_BOUNDS.users.maxLimit).toBeLessThanOrEqual(1000)
  })
})
