import { hashToken, newToken, unsubscribeToken, verifyUnsubscribeToken } from './tokens'

const secret = 'a-secret-that-is-long-enough-for-the-tests-here'

describe('email link tokens', () => {
  it('stores only a hash of a confirmation token, and a new token each time', () => {
    const first = newToken()
    expect(first.hash).toBe(hashToken(first.token))
    expect(first.hash).not.toContain(first.token)
    expect(newToken().token).not.toBe(first.token)
  })

  it('verifies an unsubscribe token for the subscriber it was made for', () => {
    expect(verifyUnsubscribeToken(secret, unsubscribeToken(secret, 42))).toBe('42')
  })

  it('refuses an unsubscribe token made with another secret, for another id, or mangled', () => {
    const token = unsubscribeToken(secret, 42)
    const [, mac] = token.split('.')
    expect(verifyUnsubscribeToken(`${secret}x`, token)).toBeNull()
    expect(verifyUnsubscribeToken(secret, `${Buffer.from('43').toString('base64url')}.${mac}`)).toBeNull()
    expect(verifyUnsubscribeToken(secret, token.slice(0, -2))).toBeNull()
    expect(verifyUnsubscribeToken(secret, 'no-dot-here')).toBeNull()
  })
})
