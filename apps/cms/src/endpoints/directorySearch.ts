import {
  ACCEPTING_CONFIRMATION_DAYS,
  DEFAULT_RADIUS_MILES,
  DIRECTORY_PAGE_SIZE,
  parseDirectoryLocation,
  parseDirectorySearch,
  therapistCardSchema,
  type DirectorySearchParams,
  type DirectorySearchResult,
} from '@haven/schemas'
import type { Endpoint, Payload, Where } from 'payload'

import type { Therapist } from '../payload-types'

import { fairOrder, rotationDay } from '../lib/fairOrder'
import { milesBetween, zipPlace } from '../lib/zip'
import { collections } from '../slugs'

const headers = { 'Cache-Control': 'no-store' }
const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400, headers })

/** What a result card reads: public fields only (the read is anonymous, so field access holds too). */
const cardSelect = {
  name: true,
  slug: true,
  pronouns: true,
  credentials: true,
  credentialsLabel: true,
  photo: true,
  photoAlt: true,
  helpWith: true,
  office: true,
  statesOnline: true,
  formats: true,
  acceptingNewClients: true,
  acceptingConfirmedAt: true,
  verification: true,
} as const

async function topicId(payload: Payload, slug: string): Promise<number | string | null> {
  const { docs } = await payload.find({
    collection: collections.topics,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    select: {},
  })
  return docs[0]?.id ?? null
}

/** Miles of latitude and (at this latitude) longitude: a box around the radius for the database to narrow. */
function boundingBox(latitude: number, longitude: number, miles: number): Where[] {
  const dLat = miles / 69
  const dLon = miles / (69 * Math.max(0.2, Math.cos((latitude * Math.PI) / 180)))
  return [
    { 'office.latitude': { greater_than_equal: latitude - dLat } },
    { 'office.latitude': { less_than_equal: latitude + dLat } },
    { 'office.longitude': { greater_than_equal: longitude - dLon } },
    { 'office.longitude': { less_than_equal: longitude + dLon } },
  ]
}

/**
 * `GET /api/directory-search` (anyone's request: it reads verified listings' public fields only). The
 * query string of `/directory`: `location` (a ZIP: nearest first within `radius` miles, 25 unless
 * given; a city; a state), `online=1`, `issue`, `approach` (topic slugs), `insurance`, `maxFee`,
 * `slidingScale=1`, `language`, `gender`, `age`, `accepting=1` (confirmed within 30 days), `page`.
 * `day` (YYYY-MM-DD, today by default) is the web app's cache key for the day's rotation.
 * Results come in the fair order of lib/fairOrder.ts, {@link DIRECTORY_PAGE_SIZE} a page; a bad
 * parameter is a 400 naming it.
 */
export const directorySearch: Endpoint = {
  path: '/directory-search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseDirectorySearch(req.searchParams)
    if (!parsed.ok) return badRequest(parsed.message)
    const params: DirectorySearchParams = parsed.params
    const now = new Date()
    const { payload } = req

    const and: Where[] = [{ 'verification.status': { equals: 'verified' } }]
    const location = parseDirectoryLocation(params.location)
    let origin: { latitude: number; longitude: number } | null = null
    let state: string | null = null
    const radiusMiles = params.radius ?? DEFAULT_RADIUS_MILES
    let label: string | null = null

    if (location.kind === 'zip') {
      const place = zipPlace(location.zip)
      if (!place) return badRequest(`location: ${location.zip} is not a US ZIP code we know`)
      origin = place
      state = place.state
      label = `${place.city}, ${place.state} ${place.zip}`
    } else if (location.kind === 'state') {
      state = location.state
      label = state
    } else if (location.kind === 'city') {
      state = location.state ?? null
      label = state ? `${location.city}, ${state}` : location.city
    }

    if (params.online) {
      // Seen online: by video or phone, and (when a place was given) serving its state online.
      and.push({ formats: { in: ['video', 'phone'] } })
      if (state) and.push({ statesOnline: { in: [state] } })
    } else if (origin) {
      and.push(...boundingBox(origin.latitude, origin.longitude, radiusMiles))
    } else if (location.kind === 'state') {
      and.push({ 'office.state': { equals: location.state } })
    } else if (location.kind === 'city') {
      and.push({ 'office.city': { like: location.city } })
      if (location.state) and.push({ 'office.state': { equals: location.state } })
    }

    for (const [param, field] of [
      ['issue', 'issues'],
      ['approach', 'approaches'],
    ] as const) {
      const slug = params[param]
      if (!slug) continue
      const id = await topicId(payload, slug)
      if (id === null) return badRequest(`${param}: there is no topic "${slug}"`)
      and.push({ [field]: { in: [id] } })
    }
    if (params.insurance) and.push({ insurers: { in: [params.insurance] } })
    if (params.maxFee !== undefined) and.push({ feeMin: { less_than_equal: params.maxFee } })
    if (params.slidingScale) and.push({ slidingScale: { equals: true } })
    if (params.language) and.push({ languages: { in: [params.language] } })
    if (params.gender) and.push({ gender: { equals: params.gender } })
    if (params.age) and.push({ ages: { in: [params.age] } })
    if (params.accepting) {
      const since = new Date(now.getTime() - ACCEPTING_CONFIRMATION_DAYS * 86_400_000).toISOString()
      and.push(
        { acceptingNewClients: { equals: true } },
        { acceptingConfirmedAt: { greater_than_equal: since } },
      )
    }

    // Every match, but only what ordering needs (the server's own read: the where above is verified-only).
    const matches = await payload.find({
      collection: collections.therapists,
      where: { and },
      pagination: false,
      depth: 0,
      select: { office: true },
      overrideAccess: true,
    })
    let candidates = matches.docs.map((doc) => {
      // Typed from the select where the generated types are in view (the CMS); said here for other projects.
      const office = doc.office as Pick<
        NonNullable<Therapist['office']>,
        'latitude' | 'longitude' | 'city'
      > | null
      const distanceMiles =
        origin && typeof office?.latitude === 'number' && typeof office.longitude === 'number'
          ? milesBetween(origin, { latitude: office.latitude, longitude: office.longitude })
          : null
      return { id: doc.id, distanceMiles, city: office?.city ?? '' }
    })
    if (origin && !params.online)
      candidates = candidates.filter((c) => c.distanceMiles !== null && c.distanceMiles <= radiusMiles)
    if (location.kind === 'city' && !params.online) {
      const wanted = location.city.toLowerCase()
      candidates = candidates.filter((c) => c.city.toLowerCase() === wanted)
    }

    // The web app names the day it caches under; a day other than yesterday, today or tomorrow (UTC,
    // for clocks a little apart) is refused, so no one orders results by a date of their choosing.
    const today = rotationDay(now)
    const day = req.searchParams.get('day') ?? today
    const near = [-1, 0, 1].map((d) => rotationDay(new Date(now.getTime() + d * 86_400_000)))
    if (!near.includes(day))
      return badRequest(`day: must be today's UTC date (${today}) or the day either side`)
    const ordered = fairOrder(candidates, day)
    const page = params.page ?? 1
    const slice = ordered.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE)
    // The page's cards, read as an anonymous reader would: access and field access decide what shows.
    const cards = slice.length
      ? (
          await payload.find({
            collection: collections.therapists,
            where: { id: { in: slice.map((c) => c.id) } },
            limit: DIRECTORY_PAGE_SIZE,
            depth: 1,
            select: cardSelect,
            overrideAccess: false,
          })
        ).docs
      : []
    const byId = new Map(cards.map((card) => [String(card.id), card]))
    const docs = slice.flatMap((c) => {
      const card = therapistCardSchema.safeParse({
        ...byId.get(String(c.id)),
        distanceMiles: c.distanceMiles === null ? null : Math.round(c.distanceMiles * 10) / 10,
      })
      if (card.success) return [card.data]
      // A listing the contract cannot describe is left out, loudly, rather than failing the search.
      payload.logger.error(`directory-search: listing ${String(c.id)} left out: ${card.error.message}`)
      return []
    })
    const body: DirectorySearchResult = {
      docs,
      totalDocs: ordered.length,
      page,
      totalPages: Math.ceil(ordered.length / DIRECTORY_PAGE_SIZE),
      pageSize: DIRECTORY_PAGE_SIZE,
      rotationDate: day,
      location: {
        kind: location.kind,
        label,
        state,
        radiusMiles: origin && !params.online ? radiusMiles : null,
      },
    }
    return Response.json(body, { headers })
  },
}
