import { documentIdSchema, populated, populatedOnly, relationSchema } from './relation'
import { z } from 'zod'

describe('documentIdSchema', () => {
  it.each([1, 42, '6b073a3fb108597b0894c58b'])('accepts %j (SQL numbers and MongoDB ObjectIds)', (id) => {
    expect(documentIdSchema.parse(id)).toBe(id)
  })

  it.each(['', 1.5, null])('rejects %j', (id) => {
    expect(documentIdSchema.safeParse(id).success).toBe(false)
  })
})

describe('relationSchema', () => {
  const relation = relationSchema(z.object({ id: z.number(), name: z.string() }))

  it('accepts a populated document or only its id', () => {
    expect(relation.parse({ id: 1, name: 'A' })).toEqual({ id: 1, name: 'A' })
    expect(relation.parse(1)).toBe(1)
  })

  it('rejects a populated document that does not match', () => {
    expect(relation.safeParse({ id: 1 }).success).toBe(false)
  })
})

describe('populated and populatedOnly', () => {
  it('give the documents and drop ids and nulls, keeping the order', () => {
    const a = { id: 1 }
    const b = { id: 3 }
    expect(populated(a)).toBe(a)
    expect(populated(2)).toBeNull()
    expect(populated(null)).toBeNull()
    expect(populatedOnly([a, 2, null, 'abc', undefined, b])).toEqual([a, b])
  })
})
