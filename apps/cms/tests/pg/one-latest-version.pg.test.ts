/**
 * Every document keeps exactly one latest version on PostgreSQL when saves of the same documents race
 * (issue 11, finding 12). Each save runs in its own transaction, so a crash cannot split the version
 * write from the `latest` flag here; this checks that concurrent saves cannot either.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { collections } from '../../src/slugs'
import { payloadForTests } from '../int/payload'

let payload: Payload

beforeAll(async () => {
  payload = await payloadForTests()
})

const versionTables = ['_articles_v', '_pages_v', '_people_v', '_topics_v', '_partners_v']

async function wrongLatest(): Promise<Array<{ table: string; parent: number; latest: number }>> {
  const db = payload.db as unknown as {
    drizzle: { execute: (q: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
  }
  const found: Array<{ table: string; parent: number; latest: number }> = []
  for (const table of versionTables) {
    const { rows } = await db.drizzle.execute(
      sql.raw(
        `SELECT parent_id AS parent, COUNT(*) FILTER (WHERE latest) AS latest FROM "${table}" GROUP BY parent_id HAVING COUNT(*) FILTER (WHERE latest) != 1`,
      ),
    )
    for (const row of rows) found.push({ table, parent: Number(row.parent), latest: Number(row.latest) })
  }
  return found
}

it('keeps one latest version per document through bursts of concurrent draft saves', async () => {
  const { docs } = await payload.find({
    collection: collections.articles,
    limit: 4,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
  })
  expect(docs.length).toBeGreaterThan(1)
  for (let round = 0; round < 5; round += 1) {
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        payload.update({
          collection: collections.articles,
          id: docs[i % docs.length]!.id,
          draft: true,
          data: { title: `Concurrent round ${round}, save ${i}` },
          overrideAccess: true,
          depth: 0,
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(0)
  }
  expect(await wrongLatest()).toEqual([])
})
