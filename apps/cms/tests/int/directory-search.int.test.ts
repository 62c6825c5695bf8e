/**
 * `GET /api/directory-search` against the seeded directory (44 fictional listings, some hidden): verified
 * listings only, each filter of the query string, nearest first within a radius, the day's fair order,
 * bounded pages, and a 400 naming the parameter for bad input.
 */
import { DIRECTORY_PAGE_SIZE, type DirectorySearchResult, type TherapistCard } from '@haven/schemas'
import type { Payload, Where } from 'payload'

import { fairOrder, rotationDay } from '../../src/lib/fairOrder'
import { milesBetween, zipPlace } from '../../src/lib/zip'
import { get } from './http'
import { payloadForTests } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

async function search(query: string): Promise<DirectorySearchResult> {
  const { status, json } = await get(`/directory-search?${query}`)
  if (status !== 200) throw new Error(`${query}: ${status} ${JSON.stringify(json)}`)
  return json as unknown as DirectorySearchResult
}

/** Every result of a query, page by page. */
async function everyResult(query: string): Promise<TherapistCard[]> {
  const out: TherapistCard[] = []
  for (let page = 1; ; page++) {
    const result = await search(`${query}${query ? '&' : ''}page=${page}`)
    out.push(...result.docs)
    if (page >= result.totalPages) return out
  }
}

/** The verified listings matching `where`, straight from the database. */
async function verified(where: Where = {}) {
  return (
    await payload.find({
      collection: 'therapists',
      where: { and: [{ 'verification.status': { equals: 'verified' } }, where] },
      pagination: false,
      depth: 0,
    })
  ).docs
}

describe('the directory search', () => {
  it('finds verified listings only, in pages of 10, with public fields only', async () => {
    const all = await verified()
    const hidden = await payload.find({
      collection: 'therapists',
      where: { 'verification.status': { not_equals: 'verified' } },
      pagination: false,
    })
    expect(hidden.totalDocs).toBeGreaterThanOrEqual(6)
    const first = await search('')
    expect(first.totalDocs).toBe(all.length)
    expect(first.docs).toHaveLength(DIRECTORY_PAGE_SIZE)
    expect(first.pageSize).toBe(DIRECTORY_PAGE_SIZE)
    const results = await everyResult('')
    expect(results.map((r) => r.id).sort()).toEqual(all.map((d) => d.id).sort())
    const hiddenNames = new Set(hidden.docs.map((d) => d.name))
    expect(results.some((r) => hiddenNames.has(r.name))).toBe(false)
    const raw = JSON.stringify((await get('/directory-search')).json)
    expect(raw).not.toContain('"owner"')
    expect(raw).not.toContain('"note"')
    expect(first.docs[0]!.photoAlt).toMatch(/^Headshot of /)
  })

  it('puts the nearest first within the radius of a ZIP code', async () => {
    const origin = zipPlace('10001')!
    const result = await everyResult('location=10001&radius=10')
    const expected = (await verified()).filter(
      (d) => milesBetween(origin, { latitude: d.office!.latitude!, longitude: d.office!.longitude! }) <= 10,
    )
    expect(result.map((r) => r.id).sort()).toEqual(expected.map((d) => d.id).sort())
    expect(result.length).toBeGreaterThan(2)
    const distances = result.map((r) => r.distanceMiles!)
    expect(distances.every((d) => d <= 10)).toBe(true)
    const bands = distances.map((d) => Math.floor(d / 5))
    expect(bands).toEqual([...bands].sort((a, b) => a - b))
    const answer = await search('location=10001&radius=10')
    expect(answer.location).toEqual({
      kind: 'zip',
      label: 'New York, NY 10001',
      state: 'NY',
      radiusMiles: 10,
    })
  })

  it('searches a state, and a city', async () => {
    const inCa = await everyResult('location=CA')
    expect(inCa.length).toBe((await verified({ 'office.state': { equals: 'CA' } })).length)
    expect(inCa.every((r) => r.office?.state === 'CA')).toBe(true)
    const chicago = await everyResult('location=chicago')
    expect(chicago.length).toBeGreaterThan(0)
    expect(chicago.every((r) => r.office?.city === 'Chicago')).toBe(true)
    expect(await everyResult('location=Chicago%2C%20IL')).toHaveLength(chicago.length)
  })

  it('finds therapists seen online in a state, wherever their office', async () => {
    const online = await everyResult('location=TX&online=1')
    expect(online.length).toBeGreaterThan(0)
    for (const r of online) {
      expect(r.statesOnline).toContain('TX')
      expect(r.formats?.some((f) => f === 'video' || f === 'phone')).toBe(true)
    }
  })

  it.each([
    [
      'issue=anxiety',
      async (d: Awaited<ReturnType<typeof verified>>[number]) => {
        const anxiety = (await payload.find({ collection: 'topics', where: { slug: { equals: 'anxiety' } } }))
          .docs[0]!
        return (d.issues ?? []).some((t) => (typeof t === 'object' ? t.id : t) === anxiety.id)
      },
    ],
    [
      'insurance=Aetna',
      async (d: Awaited<ReturnType<typeof verified>>[number]) => (d.insurers ?? []).includes('Aetna'),
    ],
    ['maxFee=100', async (d: Awaited<ReturnType<typeof verified>>[number]) => (d.feeMin ?? 0) <= 100],
    ['slidingScale=1', async (d: Awaited<ReturnType<typeof verified>>[number]) => d.slidingScale === true],
    [
      'language=Spanish',
      async (d: Awaited<ReturnType<typeof verified>>[number]) => (d.languages ?? []).includes('Spanish'),
    ],
    ['gender=woman', async (d: Awaited<ReturnType<typeof verified>>[number]) => d.gender === 'woman'],
    [
      'age=teens',
      async (d: Awaited<ReturnType<typeof verified>>[number]) => (d.ages ?? []).includes('teens'),
    ],
    [
      'accepting=1',
      async (d: Awaited<ReturnType<typeof verified>>[number]) =>
        Boolean(d.acceptingNewClients) && Date.now() - Date.parse(d.acceptingConfirmedAt!) <= 30 * 86_400_000,
    ],
  ])('filters by %s', async (query, matches) => {
    const results = await everyResult(query)
    const expected: (number | string)[] = []
    for (const d of await verified()) if (await matches(d)) expected.push(d.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan((await verified()).length)
    expect(results.map((r) => r.id).sort()).toEqual(expected.sort())
  })

  it('combines a ZIP radius with three filters', async () => {
    const results = await everyResult('location=94110&radius=100&accepting=1&maxFee=200&age=adults')
    for (const r of results) expect(r.distanceMiles!).toBeLessThanOrEqual(100)
    expect(results.length).toBeGreaterThan(0)
  })

  it('orders equally near results by the day’s rotation, the same on every request', async () => {
    const a = await everyResult('location=NY')
    const b = await everyResult('location=NY')
    expect(b.map((r) => r.id)).toEqual(a.map((r) => r.id))
    const day = rotationDay(new Date())
    expect(a.map((r) => r.id)).toEqual(
      fairOrder(
        a.map((r) => ({ id: r.id })),
        day,
      ).map((r) => r.id),
    )
    expect((await search('location=NY')).rotationDate).toBe(day)
  })

  it('answers a page past the last with no results', async () => {
    const result = await search('location=NY&page=99')
    expect(result.docs).toEqual([])
    expect(result.totalDocs).toBeGreaterThan(0)
  })

  it.each([
    ['maxFee=cheap', 'maxFee: must be a whole number from 0 to 1000'],
    ['page=0', 'page: must be a whole number from 1 to 100'],
    ['radius=1000', 'radius: must be a whole number from 1 to 100'],
    ['online=yes', 'online: must be 1 (on) or 0 (off)'],
    ['location=00000', 'location: 00000 is not a US ZIP code we know'],
    ['issue=no-such-topic', 'issue: there is no topic "no-such-topic"'],
    ['approach=no-such-topic', 'approach: there is no topic "no-such-topic"'],
    ['insurance=Acme', 'insurance: must be one of Aetna'],
    ['day=2020-01-01', "day: must be today's UTC date"],
  ])('refuses %s with a 400 naming the parameter', async (query, message) => {
    const { status, json } = await get(`/directory-search?${query}`)
    expect(status).toBe(400)
    expect((json.errors as { message: string }[])[0]!.message.startsWith(message)).toBe(true)
  })
})
