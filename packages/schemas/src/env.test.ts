import { z } from 'zod'

import { databaseKindOf, databaseUriSchema, formatEnvError, secretSchema } from './env'

describe('databaseKindOf', () => {
  it.each([
    ['file:./data/haven.db', 'sqlite'],
    ['file:/var/lib/haven/haven.db', 'sqlite'],
    ['mongodb://mongo:27017/haven?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://user:pw@cluster.example/haven', 'mongodb'],
    ['postgres://haven@localhost:5432/haven', 'postgres'],
    ['postgresql://haven@localhost/haven', 'postgres'],
  ])('chooses the adapter for %s', (uri, kind) => {
    expect(databaseKindOf(uri)).toBe(kind)
  })

  it.each(['bogus://x', 'mysql://localhost/haven', '', 'file:', 'sqlite:haven.db'])('rejects %j', (uri) => {
    expect(databaseKindOf(uri)).toBeNull()
  })
})

describe('environment errors', () => {
  const schema = z.object({ DATABASE_URI: databaseUriSchema, PAYLOAD_SECRET: secretSchema })

  it('name the variable, the accepted forms and the value given, on one line', () => {
    const source = { DATABASE_URI: 'bogus://x', PAYLOAD_SECRET: 'x'.repeat(40) }
    const result = schema.safeParse(source)
    expect(result.success).toBe(false)
    const message = formatEnvError(result.error!, source)
    expect(message).toBe(
      'DATABASE_URI: must be one of file:<path> (SQLite), mongodb:// or mongodb+srv:// (MongoDB), postgres:// or postgresql:// (PostgreSQL) (got "bogus://x")',
    )
    expect(message).not.toContain('\n')
  })

  it('say how to get a missing secret, and never print a secret’s value', () => {
    const source = { DATABASE_URI: 'file:./data/haven.db', PAYLOAD_SECRET: 'short-secret' }
    const missing = formatEnvError(schema.safeParse({ DATABASE_URI: source.DATABASE_URI }).error!, {})
    expect(missing).toMatch(/^PAYLOAD_SECRET: is required .*\.env.*\(it is not set\)$/)
    const short = formatEnvError(schema.safeParse(source).error!, source)
    expect(short).toBe('PAYLOAD_SECRET: must be at least 32 characters long (got "12 characters")')
    expect(short).not.toContain('short-secret')
  })

  it('refuse an in-memory SQLite database, which loses its tables in transactions', () => {
    const result = databaseUriSchema.safeParse('file::memory:')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/in-memory/)
  })
})
