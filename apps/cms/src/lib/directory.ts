/** The directory's rules as pure decisions (the Therapists hooks only gather inputs and apply them). */
import type { VerificationStatus } from '@haven/schemas'

export type Verification = {
  status: VerificationStatus
  note?: string | null
  by?: number | string | null
  at?: string | null
  verifiedAt?: string | null
}

type Licence = { type?: unknown; state?: unknown; number?: unknown; expiry?: unknown }

/**
 * Who is saving: staff who manage the directory (admin, editor), the listing's member, or the server
 * itself (the seed, the daily expiry job: no user on the request).
 */
export type DirectoryActor = { kind: 'staff'; id: number | string } | { kind: 'member' } | { kind: 'system' }

export type VerificationDecision =
  { ok: true; verification: Verification } | { ok: false; path: string; message: string }

const dayOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : value)

/** The licences as a comparable string: type, state, number and expiry date, in order. */
export function licenceKey(licences: readonly Licence[] | null | undefined): string {
  return JSON.stringify(
    (licences ?? []).map((l) => [l.type ?? null, l.state ?? null, l.number ?? null, dayOf(l.expiry) ?? null]),
  )
}

const PENDING_AFTER_LICENCE_CHANGE = 'Licence details changed: waiting for staff to verify them again.'

/**
 * The verification a save leaves. Staff set any status, and who and when are recorded (a rejection
 * needs a note, which the member reads). A member may only pause a verified listing or resume a
 * paused one. Whoever changes a licence field returns a verified (or paused) listing to pending,
 * hidden until staff verify it again; staff setting a status in the same save decide instead.
 */
export function decideVerification({
  before,
  requested,
  licencesChanged,
  actor,
  now,
}: {
  before: Verification | null
  requested: Partial<Verification> | null | undefined
  licencesChanged: boolean
  actor: DirectoryActor
  now: Date
}): VerificationDecision {
  const current: Verification = before ?? { status: 'pending' }
  const wanted = requested?.status ?? current.status
  const noteWanted = requested?.note === undefined ? current.note : requested.note
  const at = now.toISOString()

  const decides = actor.kind === 'staff' || actor.kind === 'system'
  if (decides && (wanted !== current.status || noteWanted !== current.note)) {
    if (wanted === 'rejected' && !noteWanted?.trim())
      return {
        ok: false,
        path: 'verification.note',
        message: 'verification.note: say why the listing is rejected (the member reads it)',
      }
    return {
      ok: true,
      verification: {
        status: wanted,
        note: noteWanted ?? null,
        by: actor.kind === 'staff' ? actor.id : null,
        at,
        verifiedAt: wanted === 'verified' ? at : (current.verifiedAt ?? null),
      },
    }
  }

  if (actor.kind === 'member') {
    if (noteWanted !== current.note)
      return {
        ok: false,
        path: 'verification.note',
        message: 'verification.note: is written by Haven’s staff only',
      }
    const pauses = current.status === 'verified' && wanted === 'paused'
    const resumes = current.status === 'paused' && wanted === 'verified'
    if (wanted !== current.status && !pauses && !resumes)
      return {
        ok: false,
        path: 'verification.status',
        message:
          current.status === 'verified' || current.status === 'paused'
            ? `verification.status: a member may only pause a verified listing or resume a paused one (not set it to ${wanted})`
            : `verification.status: is set by Haven’s staff only; this listing is ${current.status}`,
      }
    if (pauses || resumes) {
      if (licencesChanged) return pendingAgain(current, at)
      return { ok: true, verification: { ...current, status: wanted, at } }
    }
  }

  if (licencesChanged && (current.status === 'verified' || current.status === 'paused'))
    return pendingAgain(current, at)
  return { ok: true, verification: current }
}

function pendingAgain(current: Verification, at: string): VerificationDecision {
  return {
    ok: true,
    verification: { ...current, status: 'pending', note: PENDING_AFTER_LICENCE_CHANGE, by: null, at },
  }
}

/**
 * When "accepting new clients" was last confirmed: now when the answer changes, or when the member
 * reconfirms it unchanged (one click: `POST /api/therapists/reconfirm`); staff editing other fields
 * never confirm on the member's behalf.
 */
export function acceptingConfirmedAt({
  before,
  after,
  previousConfirmedAt,
  reconfirm,
  now,
}: {
  before: boolean | null | undefined
  after: boolean | null | undefined
  previousConfirmedAt: string | null | undefined
  reconfirm: boolean
  now: Date
}): string | null {
  if (reconfirm || Boolean(after) !== Boolean(before)) return now.toISOString()
  return previousConfirmedAt ?? null
}

/** Whether any licence has lapsed by `now` (its expiry day is over): the listing is then expired. */
export function hasLapsedLicence(licences: readonly Licence[] | null | undefined, now: Date): boolean {
  const today = now.toISOString().slice(0, 10)
  return (licences ?? []).some((l) => typeof l.expiry === 'string' && l.expiry.slice(0, 10) < today)
}
