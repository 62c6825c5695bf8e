import type { Payload } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { post } from './http'
import { payloadForTests } from './payload'

let payload: Payload
let contactId: number | string
let pitchId: number | string

beforeAll(async () => {
  payload = await payloadForTests()
  const forms = await payload.find({ collection: 'forms', overrideAccess: true, depth: 0 })
  contactId = forms.docs.find((form) => form.slug === 'contact-us')!.id
  pitchId = forms.docs.find((form) => form.slug === 'write-for-us')!.id
})

const contact = (fields: Record<string, unknown> = {}) => ({
  form: contactId,
  fields: {
    name: 'Ada Reader',
    email: 'ada@example.org',
    topic: 'article',
    message: 'The article on sleep has a typo.',
    ...fields,
  },
})

async function submissionCount() {
  return (await payload.count({ collection: 'form-submissions', overrideAccess: true })).totalDocs
}

describe('reader forms', () => {
  it('stores a valid Contact Us message with every answer and confirms it to the reader', async () => {
    const response = await post('/form-submissions/submit', contact({ email: 'Ada@Example.org' }))
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ ok: true, message: expect.stringMatching(/Thank you/) })
    const { docs } = await payload.find({
      collection: 'form-submissions',
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs[0]?.form).toBe(contactId)
    expect(docs[0]?.submissionData?.map(({ field, value }) => [field, value])).toEqual([
      ['name', 'Ada Reader'],
      ['email', 'ada@example.org'],
      ['topic', 'article'],
      ['message', 'The article on sleep has a typo.'],
    ])
  })

  it('stores a Write for Us pitch, whose editorial-policy box must be ticked', async () => {
    const pitch = {
      form: pitchId,
      fields: {
        name: 'Sam Writer',
        email: 'sam@example.org',
        headline: 'What grief does to sleep',
        pitch: 'A piece on grief and sleep.',
      },
    }
    const unticked = await post('/form-submissions/submit', {
      ...pitch,
      fields: { ...pitch.fields, guidelines: false },
    })
    expect(unticked.status).toBe(400)
    expect(unticked.json.message).toMatch(/^guidelines: must be ticked/)
    const ticked = await post('/form-submissions/submit', {
      ...pitch,
      fields: { ...pitch.fields, guidelines: true },
    })
    expect(ticked.status).toBe(201)
  })

  it.each([
    ['a missing required answer', () => contact({ name: '' }), /^name: is required/],
    [
      'a malformed email address',
      () => contact({ email: 'ada-at-example' }),
      /^email: must be an email address/,
    ],
    [
      'a choice the form does not offer',
      () => contact({ topic: 'bitcoin' }),
      /^topic: must be one of article, partnership/,
    ],
    [
      'an answer too long for its field',
      () => contact({ name: 'x'.repeat(201) }),
      /^name: must be at most 200 characters/,
    ],
    ['a field the form does not have', () => contact({ phone: '555' }), /unexpected field\(s\): phone/],
    ['a form that does not exist', () => ({ ...contact(), form: 999999 }), /^form: no form with id 999999/],
    ['a body without the answers', () => ({ form: 1 }), /^fields: /],
    ['a body that is not JSON', () => 'name=Ada', /send it as JSON/],
  ])('refuses %s with a message naming the field, storing nothing', async (_, body, message) => {
    const before = await submissionCount()
    const response = await post('/form-submissions/submit', body())
    expect(response.status).toBe(400)
    expect(response.json.message).toMatch(message)
    expect(await submissionCount()).toBe(before)
  })

  it('refuses an oversized message with 413, storing nothing', async () => {
    const before = await submissionCount()
    const response = await post('/form-submissions/submit', contact({ message: 'x'.repeat(17_000) }))
    expect(response.status).toBe(413)
    expect(await submissionCount()).toBe(before)
  })

  it('answers a filled honeypot as a success and stores nothing', async () => {
    const before = await submissionCount()
    const response = await post('/form-submissions/submit', { ...contact(), website: 'http://spam.example' })
    expect(response.status).toBe(201)
    expect(await submissionCount()).toBe(before)
  })

  it('limits rapid-fire submissions from one IP address with 429', async () => {
    const ip = '203.0.113.90'
    const statuses: number[] = []
    for (let i = 0; i < 7; i += 1)
      statuses.push(
        (await post('/form-submissions/submit', contact({ email: `burst${i}@example.org` }), { ip })).status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
  })

  it('limits submissions from one address even from many IP addresses', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i += 1)
      statuses.push(
        (await post('/form-submissions/submit', contact({ email: 'same@example.org', message: `Note ${i}` })))
          .status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
  })

  it('stores a message sent twice once, and tells the reader the second time, naming the rule', async () => {
    const before = await submissionCount()
    const twice = contact({ email: 'twice@example.org', message: `Sent twice ${Date.now()}` })
    const [first, second] = [
      await post('/form-submissions/submit', twice),
      await post('/form-submissions/submit', twice),
    ]
    expect(first.status).toBe(201)
    expect(second.status).toBe(409)
    expect(second.json).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^form: this exact message has already reached/),
      errors: [{ field: 'form', message: expect.stringMatching(/once a day/) }],
    })
    // Sent at the same moment (a double click), the two still store one submission.
    const together = contact({ email: 'together@example.org', message: `Double click ${Date.now()}` })
    const statuses = (
      await Promise.all([
        post('/form-submissions/submit', together),
        post('/form-submissions/submit', together),
      ])
    ).map((response) => response.status)
    expect(statuses.sort()).toEqual([201, 409])
    expect(await submissionCount()).toBe(before + 2)
    // A different message from the same reader is a new one.
    const changed = await post('/form-submissions/submit', {
      ...twice,
      fields: { ...twice.fields, message: 'And another thing.' },
    })
    expect(changed.status).toBe(201)
  })

  it('takes submissions only through the checked endpoint, and shows them to editors and admins only', async () => {
    await expect(
      payload.create({
        collection: 'form-submissions',
        data: { form: contactId as number, submissionData: [{ field: 'name', value: 'x' }] },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    const as = async (email: string) => {
      const { user } = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
      return { user: { ...user!, collection: 'users' as const }, overrideAccess: false }
    }
    for (const email of ['editor@haven.test', 'admin@haven.test']) {
      const listed = await payload.find({ collection: 'form-submissions', ...(await as(email)) })
      expect(listed.totalDocs).toBeGreaterThan(0)
    }
    for (const email of ['writer@haven.test', 'reviewer@haven.test'])
      await expect(payload.find({ collection: 'form-submissions', ...(await as(email)) })).rejects.toThrow(
        /not allowed/i,
      )
    await expect(payload.find({ collection: 'form-submissions', overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
  })
})
