import { z } from 'zod'

import { paginatedSchema } from './pagination'

const envelope = {
  totalDocs: 15,
  limit: 2,
  page: 1,
  totalPages: 8,
  hasNextPage: true,
  hasPrevPage: false,
  nextPage: 2,
  prevPage: null,
  pagingCounter: 1,
}

describe('paginatedSchema', () => {
  const schema = paginatedSchema(z.object({ slug: z.string() }))

  it('parses Payload’s list envelope with its documents', () => {
    const page = schema.parse({ ...envelope, docs: [{ slug: 'a' }, { slug: 'b' }] })
    expect(page.docs.map((doc) => doc.slug)).toEqual(['a', 'b'])
    expect(page.nextPage).toBe(2)
  })

  it('names the document that does not match', () => {
    const result = schema.safeParse({ ...envelope, docs: [{ slug: 'a' }, { title: 'b' }] })
    expect(result.error?.issues[0]?.path).toEqual(['docs', 1, 'slug'])
  })
})
