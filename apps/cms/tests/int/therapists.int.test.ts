/**
 * The therapist directory's listings (issue 15): every bad input is refused with the field named and
 * nothing stored; anonymous readers and other members see verified listings only and only their public
 * fields, over REST and GraphQL; a member starts and edits only their own listing and never its
 * verification (except pausing); a licence change sends a verified listing back to pending; staff
 * (admin, editor) verify with who and when recorded; "accepting new clients" records its confirmation.
 */
import type { Payload, TypedUser } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { graphql, rest, signIn } from './api'
import { payloadForTests } from './payload'
import { refusal } from './refusal'

const MARK = 'Directory Test'
let payload: Payload
let editor: TypedUser
let memberA: TypedUser
let memberB: TypedUser
let tokenA: string
let tokenB: string
let editorToken: string
let writerToken: string
let counter = 0

const licence = { type: 'LMFT', state: 'NY', number: 'LMFT-004512', expiry: '2030-06-30' }
function listing(extra: Record<string, unknown> = {}) {
  counter += 1
  return {
    name: `${MARK} ${counter}`,
    licences: [licence],
    helpWith: 'Anxiety, grief and the hard middle of relationships.',
    office: { zip: '10001' },
    ...extra,
  }
}

async function member(email: string): Promise<TypedUser> {
  const doc = await payload.create({
    collection: 'directory-members',
    data: { email, name: email.split('@')[0]!, password: DEMO_PASSWORD },
  })
  return { ...doc, collection: 'directory-members' } as TypedUser
}

/** A listing of `owner`, made by an editor with the given verification status. */
async function staffListing(owner: TypedUser, status: string, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'therapists',
    data: {
      ...listing(extra),
      owner: owner.id,
      verification: {
        status,
        ...(status === 'rejected' ? { note: 'No such licence in the NY lookup.' } : {}),
      },
    } as never,
    user: editor,
    overrideAccess: false,
  })
}

const countMine = async () =>
  (await payload.count({ collection: 'therapists', where: { name: { contains: MARK } } })).totalDocs

beforeAll(async () => {
  payload = await payloadForTests()
  editor = {
    ...(await payload.find({ collection: 'users', where: { email: { equals: 'editor@haven.test' } } }))
      .docs[0]!,
    collection: 'users',
  } as TypedUser
  memberA = await member('directory-a@example.org')
  memberB = await member('directory-b@example.org')
  tokenA = await signIn('directory-members', 'directory-a@example.org', DEMO_PASSWORD)
  tokenB = await signIn('directory-members', 'directory-b@example.org', DEMO_PASSWORD)
  editorToken = await signIn('users', 'editor@haven.test', DEMO_PASSWORD)
  writerToken = await signIn('users', 'writer@haven.test', DEMO_PASSWORD)
})

afterEach(async () => {
  await payload.delete({
    collection: 'therapists',
    where: { name: { contains: MARK } },
    overrideAccess: true,
  })
})

afterAll(async () => {
  for (const m of [memberA, memberB])
    await payload.delete({ collection: 'directory-members', id: m.id, overrideAccess: true })
})

describe('bad input is refused, naming the field, and nothing is stored', () => {
  it.each([
    [
      'an NPI failing its check digit',
      { npi: '1234567890' },
      'npi: 1234567890 fails the NPI check digit (a typo?)',
    ],
    ['an NPI of 9 digits', { npi: '123456789' }, 'npi: must be exactly 10 digits (got "123456789")'],
    [
      'a ZIP not in the dataset',
      { office: { zip: '00000' } },
      'office.zip: 00000 is not a US ZIP code we know',
    ],
    [
      'a ZIP of another state',
      { office: { zip: '10001', state: 'CA' } },
      'office.zip: 10001 is in NY, not CA',
    ],
    [
      'a ZIP that is not 5 digits',
      { office: { zip: '1000' } },
      'office.zip: must be a 5-digit US ZIP code (got "1000")',
    ],
    [
      'a first statement over 640',
      { helpWith: 'a'.repeat(652) },
      'helpWith: is 12 characters over the limit of 640 (652 now)',
    ],
    [
      'an approach over 360',
      { approach: 'b'.repeat(361) },
      'approach: is 1 character over the limit of 360 (361 now)',
    ],
    [
      'an about-me over 360',
      { aboutMe: 'c'.repeat(400) },
      'aboutMe: is 40 characters over the limit of 360 (400 now)',
    ],
    [
      'a fee minimum above its maximum',
      { feeMin: 200, feeMax: 120 },
      'feeMin: the minimum fee ($200) is above the maximum ($120)',
    ],
    [
      'a licence number with markup',
      { licences: [{ ...licence, number: '<b>1</b>' }] },
      'licences.number: may hold only letters, digits, spaces, dots, dashes and slashes',
    ],
  ])('%s (Local API, as the member)', async (_case, extra, message) => {
    const before = await countMine()
    const messages = await refusal(
      payload.create({
        collection: 'therapists',
        data: listing(extra) as never,
        user: memberA,
        overrideAccess: false,
      }),
    )
    expect(messages).toContain(message)
    expect(await countMine()).toBe(before)
  })

  it('refuses over REST with a 400 naming the field (an NPI and a long statement at once)', async () => {
    const answer = await rest('POST', '/therapists', {
      token: tokenA,
      body: listing({ npi: '1234567894', aboutMe: 'x'.repeat(365) }),
    })
    expect(answer.status).toBe(400)
    const errors = (answer.json.errors as { data?: { errors: { path: string; message: string }[] } }[])[0]!
      .data!.errors
    expect(errors.map((e) => e.path).sort()).toEqual(['aboutMe', 'npi'])
    expect(errors.find((e) => e.path === 'aboutMe')!.message).toBe(
      'aboutMe: is 5 characters over the limit of 360 (365 now)',
    )
    expect(await countMine()).toBe(0)
  })

  it('refuses a fee range made wrong by an update of one end', async () => {
    const doc = await staffListing(memberA, 'verified', { feeMin: 100, feeMax: 150 })
    const messages = await refusal(
      payload.update({
        collection: 'therapists',
        id: doc.id,
        data: { feeMax: 90 },
        user: memberA,
        overrideAccess: false,
      }),
    )
    expect(messages).toContain('feeMin: the minimum fee ($100) is above the maximum ($90)')
    expect((await payload.findByID({ collection: 'therapists', id: doc.id })).feeMax).toBe(150)
  })
})

describe('what a save derives', () => {
  it('keeps HTML in a statement as the text it is', async () => {
    const html = '<script>alert("x")</script><b>Bold</b> & more'
    const doc = await staffListing(memberA, 'verified', { helpWith: html })
    const read = await rest('GET', `/therapists/${doc.id}`)
    expect((read.json as { helpWith: string }).helpWith).toBe(html)
  })

  it('takes the coordinates, city and state from the ZIP', async () => {
    const doc = await staffListing(memberA, 'pending', { office: { zip: '60614' } })
    expect(doc.office).toMatchObject({ zip: '60614', city: 'Chicago', state: 'IL' })
    expect(doc.office!.latitude).toBeCloseTo(41.92, 1)
    expect(doc.office!.longitude).toBeCloseTo(-87.65, 1)
  })

  it('ignores coordinates sent with the listing', async () => {
    const doc = await staffListing(memberA, 'pending', {
      office: { zip: '10001', latitude: 1, longitude: 2 },
    })
    expect(doc.office!.latitude).toBeCloseTo(40.75, 1)
  })
})

describe('who sees what', () => {
  it('shows anonymous readers a verified listing without its private fields (REST)', async () => {
    const doc = await staffListing(memberA, 'verified', {
      verification: { status: 'verified', note: 'Checked NY OP.' },
    })
    const answer = await rest('GET', `/therapists/${doc.id}?depth=0`)
    expect(answer.status).toBe(200)
    expect(answer.json.name).toBe(doc.name)
    expect(answer.json).not.toHaveProperty('owner')
    expect(answer.json.verification).toEqual({ status: 'verified', verifiedAt: expect.any(String) })
    expect(JSON.stringify(answer.json)).not.toContain('directory-a@example.org')
  })

  it('shows another member the same public fields only, and the owner their own note', async () => {
    const doc = await payload.create({
      collection: 'therapists',
      data: {
        ...listing(),
        owner: memberA.id,
        verification: { status: 'verified', note: 'Checked.' },
      } as never,
      user: editor,
    })
    const other = await rest('GET', `/therapists/${doc.id}?depth=0`, { token: tokenB })
    expect(other.json).not.toHaveProperty('owner')
    expect(other.json.verification).not.toHaveProperty('note')
    const own = await rest('GET', `/therapists/${doc.id}?depth=0`, { token: tokenA })
    expect(own.json.owner).toBe(memberA.id)
    expect((own.json.verification as { note: string }).note).toBe('Checked.')
    expect(own.json.verification).not.toHaveProperty('by')
  })

  it.each(['pending', 'rejected', 'expired', 'paused'])(
    'hides a %s listing from anonymous readers and other members, over REST and GraphQL',
    async (status) => {
      const doc = await staffListing(memberA, status)
      expect((await rest('GET', `/therapists/${doc.id}`)).status).toBe(404)
      expect((await rest('GET', `/therapists/${doc.id}`, { token: tokenB })).status).toBe(404)
      const list = await rest('GET', `/therapists?where[name][equals]=${encodeURIComponent(doc.name)}`)
      expect(list.json.totalDocs).toBe(0)
      const gql = await graphql(
        `{ Therapists(where: { name: { equals: ${JSON.stringify(doc.name)} } }) { totalDocs } }`,
        {
          token: tokenB,
        },
      )
      expect((gql.json.data as { Therapists: { totalDocs: number } }).Therapists.totalDocs).toBe(0)
      // Its owner still sees it, and editors do.
      expect((await rest('GET', `/therapists/${doc.id}`, { token: tokenA })).status).toBe(200)
      expect((await rest('GET', `/therapists/${doc.id}`, { token: editorToken })).status).toBe(200)
    },
  )

  it('gives GraphQL readers no owner or verification note of a verified listing', async () => {
    const doc = await staffListing(memberA, 'verified')
    const query = `{ Therapist(id: ${doc.id}) { name owner { email } verification { status note by { email } } } }`
    for (const token of [undefined, tokenB]) {
      const answer = await graphql(query, { token })
      const data = (answer.json.data as { Therapist: Record<string, unknown> }).Therapist
      expect(data.name).toBe(doc.name)
      expect(data.owner).toBeNull()
      expect(data.verification).toEqual({ status: 'verified', note: null, by: null })
      expect(JSON.stringify(answer.json)).not.toContain('directory-a@example.org')
    }
  })
})

describe('a member and their listing', () => {
  it('starts a listing over REST that is theirs and pending, whatever they send', async () => {
    const answer = await rest('POST', '/therapists', { token: tokenA, body: listing() })
    expect(answer.status).toBe(201)
    const doc = (answer.json as { doc: { owner: { id: number }; verification: { status: string } } }).doc
    expect(doc.owner.id).toBe(memberA.id)
    expect(doc.verification.status).toBe('pending')
    // A second listing is refused.
    const second = await rest('POST', '/therapists', { token: tokenA, body: listing() })
    expect(second.status).toBe(400)
    expect(JSON.stringify(second.json)).toContain('owner: you already have a listing; edit it instead')
  })

  it('cannot start a listing verified, or for someone else', async () => {
    expect(
      await refusal(
        payload.create({
          collection: 'therapists',
          data: listing({ verification: { status: 'verified' } }) as never,
          user: memberA,
          overrideAccess: false,
        }),
      ),
    ).toEqual(['verification.status: is set by Haven’s staff only; this listing is pending'])
    expect(
      await refusal(
        payload.create({
          collection: 'therapists',
          data: listing({ owner: memberB.id }) as never,
          user: memberA,
          overrideAccess: false,
        }),
      ),
    ).toEqual(['owner: a member’s listing is always their own'])
    expect(await countMine()).toBe(0)
  })

  it('edits their verified listing live, but a licence change returns it to pending and hides it', async () => {
    const doc = await staffListing(memberA, 'verified')
    const edit = await rest('PATCH', `/therapists/${doc.id}`, {
      token: tokenA,
      body: { pronouns: 'she/her' },
    })
    expect(edit.status).toBe(200)
    expect((edit.json.doc as { verification: { status: string } }).verification.status).toBe('verified')
    expect((await rest('GET', `/therapists/${doc.id}`)).json.pronouns).toBe('she/her')

    const renewed = await rest('PATCH', `/therapists/${doc.id}`, {
      token: tokenA,
      body: { licences: [{ ...licence, expiry: '2032-06-30' }] },
    })
    expect(renewed.status).toBe(200)
    const stored = await payload.findByID({ collection: 'therapists', id: doc.id })
    expect(stored.verification.status).toBe('pending')
    expect(stored.verification.note).toMatch(/Licence details changed/)
    expect((await rest('GET', `/therapists/${doc.id}`)).status).toBe(404)
  })

  it.each([
    ['type', { type: 'LPC' }],
    ['state', { state: 'NJ' }],
    ['number', { number: 'LMFT-999' }],
  ])('returns a verified listing to pending when the licence %s changes', async (_field, change) => {
    const doc = await staffListing(memberA, 'verified')
    await payload.update({
      collection: 'therapists',
      id: doc.id,
      data: { licences: [{ ...licence, ...change }] } as never,
      user: memberA,
      overrideAccess: false,
    })
    expect((await payload.findByID({ collection: 'therapists', id: doc.id })).verification.status).toBe(
      'pending',
    )
  })

  it('never sets their own verification, its note, or the owner', async () => {
    const doc = await staffListing(memberA, 'pending')
    const attempt = (data: Record<string, unknown>) =>
      refusal(
        payload.update({ collection: 'therapists', id: doc.id, data, user: memberA, overrideAccess: false }),
      )
    expect(await attempt({ verification: { status: 'verified' } })).toEqual([
      'verification.status: is set by Haven’s staff only; this listing is pending',
    ])
    expect(await attempt({ verification: { note: 'Looks fine to me' } })).toEqual([
      'verification.note: is written by Haven’s staff only',
    ])
    expect(await attempt({ owner: memberB.id })).toEqual([
      'owner: a listing cannot be given to another account',
    ])
    // Over REST too, with the status code of a refusal.
    const answer = await rest('PATCH', `/therapists/${doc.id}`, {
      token: tokenA,
      body: { verification: { status: 'verified' } },
    })
    expect(answer.status).toBe(400)
    expect((await payload.findByID({ collection: 'therapists', id: doc.id })).verification.status).toBe(
      'pending',
    )
  })

  it('pauses a verified listing (hidden) and resumes it', async () => {
    const doc = await staffListing(memberA, 'verified')
    const pause = await rest('PATCH', `/therapists/${doc.id}`, {
      token: tokenA,
      body: { verification: { status: 'paused' } },
    })
    expect(pause.status).toBe(200)
    expect((await rest('GET', `/therapists/${doc.id}`)).status).toBe(404)
    const resume = await rest('PATCH', `/therapists/${doc.id}`, {
      token: tokenA,
      body: { verification: { status: 'verified' } },
    })
    expect(resume.status).toBe(200)
    expect((await rest('GET', `/therapists/${doc.id}`)).status).toBe(200)
  })

  it('cannot change another member’s listing, over REST or GraphQL', async () => {
    const doc = await staffListing(memberA, 'verified')
    expect(
      (await rest('PATCH', `/therapists/${doc.id}`, { token: tokenB, body: { pronouns: 'x' } })).status,
    ).toBe(403)
    const gql = await graphql(
      `mutation { updateTherapist(id: ${doc.id}, data: { pronouns: "x", verification: { status: verified } }) { id } }`,
      { token: tokenB },
    )
    expect((gql.json.errors as { extensions: { statusCode: number } }[])[0]!.extensions.statusCode).toBe(403)
    expect((await rest('DELETE', `/therapists/${doc.id}`, { token: tokenA })).status).toBe(403)
    expect((await payload.findByID({ collection: 'therapists', id: doc.id })).pronouns ?? null).toBeNull()
  })
})

describe('staff verify', () => {
  it('records who verified and when; a rejection needs a note', async () => {
    const doc = await staffListing(memberA, 'pending')
    const verified = await rest('PATCH', `/therapists/${doc.id}`, {
      token: editorToken,
      body: { verification: { status: 'verified', note: 'NY OP lookup: active, expires 2030-06-30.' } },
    })
    expect(verified.status).toBe(200)
    const stored = await payload.findByID({ collection: 'therapists', id: doc.id, depth: 0 })
    expect(stored.verification).toMatchObject({ status: 'verified', by: editor.id })
    expect(Date.now() - Date.parse(stored.verification.at!)).toBeLessThan(60_000)
    expect(stored.verification.verifiedAt).toBe(stored.verification.at)

    const rejected = await rest('PATCH', `/therapists/${doc.id}`, {
      token: editorToken,
      body: { verification: { status: 'rejected', note: '' } },
    })
    expect(rejected.status).toBe(400)
    expect(JSON.stringify(rejected.json)).toContain('verification.note: say why the listing is rejected')
  })

  it('are admins and editors only: a writer cannot change a listing', async () => {
    const doc = await staffListing(memberA, 'pending')
    const answer = await rest('PATCH', `/therapists/${doc.id}`, {
      token: writerToken,
      body: { verification: { status: 'verified' } },
    })
    expect(answer.status).toBe(403)
    expect((await rest('GET', `/therapists/${doc.id}`, { token: writerToken })).status).toBe(404)
  })
})

describe('accepting new clients', () => {
  it('records when it was confirmed, which staff edits never move, and the member reconfirms in one click', async () => {
    const doc = await staffListing(memberA, 'verified', { acceptingNewClients: true })
    const first = doc.acceptingConfirmedAt!
    expect(Date.now() - Date.parse(first)).toBeLessThan(60_000)
    expect(doc.acceptingStatus).toBe('accepting')

    // Backdate it 31 days (as time would), under the hooks.
    const old = new Date(Date.now() - 31 * 86_400_000).toISOString()
    await payload.db.updateOne({
      collection: 'therapists',
      id: doc.id,
      data: { acceptingConfirmedAt: old },
      req: {},
    })
    const lapsed = await rest('GET', `/therapists/${doc.id}`)
    expect(lapsed.json.acceptingStatus).toBe('not-confirmed')

    await payload.update({ collection: 'therapists', id: doc.id, data: { pronouns: 'he/him' }, user: editor })
    expect((await payload.findByID({ collection: 'therapists', id: doc.id })).acceptingConfirmedAt).toBe(old)

    const refused = await rest('POST', '/therapists/reconfirm', { body: {} })
    expect(refused.status).toBe(401)
    const answer = await rest('POST', '/therapists/reconfirm', { token: tokenA, body: {} })
    expect(answer.status).toBe(200)
    expect(answer.json.acceptingNewClients).toBe(true)
    expect(Date.now() - Date.parse(answer.json.acceptingConfirmedAt as string)).toBeLessThan(60_000)
    expect((await rest('GET', `/therapists/${doc.id}`)).json.acceptingStatus).toBe('accepting')

    const bad = await rest('POST', '/therapists/reconfirm', {
      token: tokenA,
      body: { acceptingNewClients: 'yes' },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('acceptingNewClients: must be true or false')
  })
})
