import {
  acceptingConfirmedAt,
  decideVerification,
  hasLapsedLicence,
  licenceKey,
  type Verification,
} from './directory'

const now = new Date('2026-12-04T12:00:00.000Z')
const staff = { kind: 'staff', id: 7 } as const
const member = { kind: 'member' } as const
const system = { kind: 'system' } as const
const verified: Verification = {
  status: 'verified',
  note: 'Checked.',
  by: 3,
  at: '2026-11-01T00:00:00.000Z',
  verifiedAt: '2026-11-01T00:00:00.000Z',
}

describe('decideVerification', () => {
  it.each([
    ['staff verify a pending listing', null, { status: 'verified' }, false, staff, 'verified', 7],
    [
      'staff reject with a note',
      null,
      { status: 'rejected', note: 'No licence found' },
      false,
      staff,
      'rejected',
      7,
    ],
    ['the seed sets a status (no one recorded)', null, { status: 'expired' }, false, system, 'expired', null],
    ['a member pauses a verified listing', verified, { status: 'paused' }, false, member, 'paused', 3],
    [
      'a member resumes a paused listing',
      { ...verified, status: 'paused' },
      { status: 'verified' },
      false,
      member,
      'verified',
      3,
    ],
    ['a member edits without touching verification', verified, undefined, false, member, 'verified', 3],
    [
      'a licence change sends a verified listing to pending',
      verified,
      undefined,
      true,
      member,
      'pending',
      null,
    ],
    [
      'a licence change sends a paused listing to pending',
      { ...verified, status: 'paused' },
      undefined,
      true,
      member,
      'pending',
      null,
    ],
    [
      'a member resuming with a changed licence gets pending',
      { ...verified, status: 'paused' },
      { status: 'verified' },
      true,
      member,
      'pending',
      null,
    ],
    [
      'a licence change by staff without a status sends it to pending',
      verified,
      undefined,
      true,
      staff,
      'pending',
      null,
    ],
    [
      'staff verify in the same save as a licence change',
      { ...verified, status: 'pending' },
      { status: 'verified' },
      true,
      staff,
      'verified',
      7,
    ],
    [
      'a licence change leaves a rejected listing rejected',
      { ...verified, status: 'rejected' },
      undefined,
      true,
      member,
      'rejected',
      3,
    ],
  ] as const)('%s', (_case, before, requested, licencesChanged, actor, status, by) => {
    const decision = decideVerification({ before, requested, licencesChanged, actor, now })
    expect(decision.ok).toBe(true)
    if (!decision.ok) return
    expect(decision.verification.status).toBe(status)
    expect(decision.verification.by ?? null).toBe(by)
  })

  it('records when staff verify, and keeps the verified date through other statuses', () => {
    const decision = decideVerification({
      before: null,
      requested: { status: 'verified' },
      licencesChanged: false,
      actor: staff,
      now,
    })
    expect(decision).toEqual({
      ok: true,
      verification: {
        status: 'verified',
        note: null,
        by: 7,
        at: now.toISOString(),
        verifiedAt: now.toISOString(),
      },
    })
    const expired = decideVerification({
      before: verified,
      requested: { status: 'expired' },
      licencesChanged: false,
      actor: staff,
      now,
    })
    expect(expired.ok && expired.verification.verifiedAt).toBe(verified.verifiedAt)
  })

  it.each([
    ['staff reject without a note', null, { status: 'rejected', note: ' ' }, staff, 'verification.note'],
    [
      'a member verifies their own pending listing',
      null,
      { status: 'verified' },
      member,
      'verification.status',
    ],
    [
      'a member un-rejects',
      { ...verified, status: 'rejected' },
      { status: 'pending' },
      member,
      'verification.status',
    ],
    ['a member expires a verified listing', verified, { status: 'expired' }, member, 'verification.status'],
    ['a member writes the note', verified, { note: 'Fine by me' }, member, 'verification.note'],
  ] as const)('refuses: %s', (_case, before, requested, actor, path) => {
    const decision = decideVerification({ before, requested, licencesChanged: false, actor, now })
    expect(decision).toMatchObject({ ok: false, path })
  })

  it('cannot be forged: who and when come from the decision, never the request', () => {
    const decision = decideVerification({
      before: verified,
      requested: { ...verified, by: 99, at: '2020-01-01T00:00:00.000Z' },
      licencesChanged: false,
      actor: member,
      now,
    })
    expect(decision).toEqual({ ok: true, verification: verified })
  })
})

describe('licenceKey', () => {
  it('compares expiry by day, whatever the time part', () =>
    expect(licenceKey([{ type: 'LPC', state: 'TX', number: '1', expiry: '2030-01-31' }])).toBe(
      licenceKey([{ type: 'LPC', state: 'TX', number: '1', expiry: '2030-01-31T00:00:00.000Z' }]),
    ))
  it('sees a change of any field', () =>
    expect(licenceKey([{ type: 'LPC', state: 'TX', number: '1', expiry: '2030-01-31' }])).not.toBe(
      licenceKey([{ type: 'LPC', state: 'TX', number: '2', expiry: '2030-01-31' }]),
    ))
})

describe('acceptingConfirmedAt', () => {
  const old = '2026-10-01T00:00:00.000Z'
  it.each([
    ['a new listing that accepts', undefined, true, null, false, now.toISOString()],
    ['a new listing that does not', undefined, false, null, false, null],
    ['a change of answer', true, false, old, false, now.toISOString()],
    ['a reconfirmation without change', true, true, old, true, now.toISOString()],
    ['an edit of something else', true, true, old, false, old],
  ] as const)('%s', (_case, before, after, previousConfirmedAt, reconfirm, expected) =>
    expect(acceptingConfirmedAt({ before, after, previousConfirmedAt, reconfirm, now })).toBe(expected),
  )
})

describe('hasLapsedLicence', () => {
  it('is true once a licence’s expiry day is over, not on the day', () => {
    expect(hasLapsedLicence([{ expiry: '2026-12-04T00:00:00.000Z' }], now)).toBe(false)
    expect(hasLapsedLicence([{ expiry: '2026-12-03' }, { expiry: '2030-01-01' }], now)).toBe(true)
    expect(hasLapsedLicence([], now)).toBe(false)
  })
})
