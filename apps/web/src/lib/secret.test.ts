import { secretMatches } from './secret'

describe('secretMatches', () => {
  const secret = 'a'.repeat(64)
  it('accepts the exact secret', () => expect(secretMatches(secret, secret)).toBe(true))
  it.each([[null], [undefined], [''], ['a'.repeat(63)], ['a'.repeat(65)], ['b'.repeat(64)]])(
    'refuses %j',
    (presented) => {
      expect(secretMatches(presented, secret)).toBe(false)
    },
  )
})
