import type { Payload } from 'payload'

import { DEMO_PASSWORD, demoUsers } from '../../src/seed/accounts'
import { payloadForTests } from './payload'
import { refusal } from './refusal'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

async function userByEmail(email: string) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  const user = docs[0]
  if (!user) throw new Error(`no seeded user ${email}`)
  return { ...user, collection: 'users' as const }
}

describe('demo accounts', () => {
  it.each(demoUsers.map((u) => [u.email, u.roles]))(
    'lets %s sign in with the demo password and carries roles %j in the token',
    async (email, roles) => {
      const result = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
      expect(result.token).toBeTruthy()
      const claims = JSON.parse(Buffer.from(result.token!.split('.')[1]!, 'base64url').toString()) as {
        roles: string[]
      }
      expect(claims.roles).toEqual(roles)
    },
  )

  it('seeds the directory member in its own collection, apart from admin users', async () => {
    const result = await payload.login({
      collection: 'directory-members',
      data: { email: 'therapist@haven.test', password: DEMO_PASSWORD },
    })
    expect(result.user?.email).toBe('therapist@haven.test')
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: 'therapist@haven.test' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('access to accounts', () => {
  it('does not let a writer promote themselves to admin', async () => {
    const writer = await userByEmail('writer@haven.test')
    const updated = await payload.update({
      collection: 'users',
      id: writer.id,
      data: { roles: ['admin'] },
      user: writer,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['writer'])
    const stored = await payload.findByID({ collection: 'users', id: writer.id })
    expect(stored.roles).toEqual(['writer'])
  })

  it('does not let an editor read other accounts', async () => {
    const editor = await userByEmail('editor@haven.test')
    const { docs } = await payload.find({ collection: 'users', user: editor, overrideAccess: false })
    expect(docs.map((d) => d.email)).toEqual(['editor@haven.test'])
  })

  it('refuses an account without any role, naming the field', async () => {
    const before = await payload.count({ collection: 'users' })
    expect(
      await refusal(
        payload.create({
          collection: 'users',
          data: { email: 'norole@haven.test', name: 'No Role', password: 'long-enough-password', roles: [] },
        }),
      ),
    ).toEqual(['roles: choose at least one role'])
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
  })
})
