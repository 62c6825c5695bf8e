import { headshotAltOf, acceptingStatusOf, type Therapist } from '@haven/schemas'
import type { CollectionBeforeChangeHook, FieldHook, PayloadRequest } from 'payload'

import { isMember } from '../../access/isMember'
import { hasRole } from '../../access/roles'
import {
  acceptingConfirmedAt,
  decideVerification,
  licenceKey,
  type DirectoryActor,
  type Verification,
} from '../../lib/directory'
import { refusalError } from '../../lib/refusal'
import { zipPlace } from '../../lib/zip'
import { collections } from '../../slugs'

type Data = Record<string, unknown> & {
  licences?: Therapist['licences'] | null
  verification?: Partial<Verification> | null
  office?: { city?: string | null; state?: string | null; zip?: string | null } | null
  acceptingNewClients?: boolean | null
  acceptingConfirmedAt?: string | null
  owner?: unknown
}

/** Set by the reconfirm endpoint: the member confirms "accepting new clients" without changing it. */
export const RECONFIRM_CONTEXT = 'reconfirmAccepting'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { id?: unknown }).id) : String(value)

function actorOf(req: PayloadRequest): DirectoryActor {
  if (hasRole(req.user, 'admin', 'editor')) return { kind: 'staff', id: req.user!.id }
  if (req.user && isMember(req.user)) return { kind: 'member' }
  return { kind: 'system' }
}

function reject(req: PayloadRequest, path: string, message: string): never {
  throw refusalError(req, { collection: collections.therapists }, [{ path, message }])
}

/**
 * The directory's rules on every save (decisions in lib/directory.ts): a member's listing is their
 * own and only one; verification is staff's, except pausing; a licence change returns a verified
 * listing to pending; "accepting new clients" records when it was confirmed; the office gets its
 * coordinates (and its city, when left empty) from the ZIP.
 */
export const applyDirectoryRules: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  operation,
}) => {
  const next = data as Data
  const before = (operation === 'update' ? originalDoc : undefined) as Data | undefined
  const actor = actorOf(req)
  const now = new Date()

  const self = req.user?.id
  if (actor.kind === 'member' && operation === 'create') {
    if (next.owner != null && idOf(next.owner) !== String(self))
      reject(req, 'owner', 'owner: a member’s listing is always their own')
    const { totalDocs } = await req.payload.count({
      collection: collections.therapists,
      where: { owner: { equals: req.user!.id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) reject(req, 'owner', 'owner: you already have a listing; edit it instead')
    next.owner = self
  }
  if (actor.kind === 'member' && before && idOf(next.owner) !== idOf(before.owner))
    reject(req, 'owner', 'owner: a listing cannot be given to another account')

  const decision = decideVerification({
    before: (before?.verification as Verification | undefined) ?? null,
    requested: next.verification,
    licencesChanged: before !== undefined && licenceKey(next.licences) !== licenceKey(before.licences),
    actor,
    now,
  })
  if (!decision.ok) reject(req, decision.path, decision.message)
  next.verification = decision.verification

  next.acceptingConfirmedAt = acceptingConfirmedAt({
    before: before?.acceptingNewClients,
    after: next.acceptingNewClients,
    previousConfirmedAt: before?.acceptingConfirmedAt,
    reconfirm: Boolean(req.context[RECONFIRM_CONTEXT]),
    now,
  })

  const place = next.office?.zip ? zipPlace(next.office.zip) : null
  next.office = {
    ...next.office,
    city: next.office?.city?.trim() || place?.city || null,
    state: next.office?.state || place?.state || null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
  } as Data['office']
  return next
}

/** The photo's alt text, from the name and credentials (as people's headshots): never typed. */
export const derivePhotoAlt: FieldHook = ({ siblingData }) =>
  typeof siblingData?.name === 'string' && siblingData.name && siblingData.photo
    ? headshotAltOf({
        name: siblingData.name,
        credentials: siblingData.credentials as { abbreviation?: string | null }[] | undefined,
      })
    : null

/** "accepting", "not-accepting" or "not-confirmed" (lapsed after 30 days), as of the read. */
export const deriveAcceptingStatus: FieldHook = ({ siblingData }) =>
  acceptingStatusOf(
    siblingData?.acceptingNewClients as boolean | undefined,
    siblingData?.acceptingConfirmedAt as string | undefined,
    new Date(),
  )
