/** @jest-environment node */
import { DRAFT_SESSION_SECONDS, draftSessionValue, verifyDraftSession } from './draft-session'

const secret = 'a-revalidate-secret-of-at-least-32-characters'
const now = 1_800_000_000
const issued = draftSessionValue(
  { userId: 7, cmsToken: 'token-of-user-7', expiresAt: now + DRAFT_SESSION_SECONDS },
  secret,
)

describe('a draft-session cookie', () => {
  it('names its user while fresh, with the CMS session it was issued for', () => {
    expect(verifyDraftSession(issued, { cmsToken: 'token-of-user-7', now }, secret)).toEqual({ userId: '7' })
  })

  it.each([
    ['with another CMS session (copied to someone else)', issued, 'token-of-user-9', now],
    ['without a CMS session', issued, undefined, now],
    ['once expired', issued, 'token-of-user-7', now + DRAFT_SESSION_SECONDS],
    ['with the user changed', issued.replace(/^7\./, '1.'), 'token-of-user-7', now],
    [
      'with the expiry pushed back',
      issued.replace(`.${now + DRAFT_SESSION_SECONDS}.`, `.${now * 2}.`),
      'token-of-user-7',
      now,
    ],
    [
      'signed with another secret',
      draftSessionValue({ userId: 7, cmsToken: 'token-of-user-7', expiresAt: now + 60 }, `${secret}-other`),
      'token-of-user-7',
      now,
    ],
    ['missing', undefined, 'token-of-user-7', now],
    ['malformed', 'not.a.cookie', 'token-of-user-7', now],
    ['over-long', `${issued}${'x'.repeat(600)}`, 'token-of-user-7', now],
  ])('is refused %s', (_case, value, cmsToken, at) => {
    expect(verifyDraftSession(value, { cmsToken, now: at }, secret)).toBeNull()
  })

  it('never carries the CMS token itself', () => {
    expect(issued).not.toContain('token-of-user-7')
  })
})
