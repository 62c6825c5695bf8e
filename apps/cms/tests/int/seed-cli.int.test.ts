import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionSlug, Payload } from 'payload'

import { toolEnv } from '../../../../scripts/lib/proc'
import { payloadForTests } from './payload'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const counted: CollectionSlug[] = [
  'articles',
  'people',
  'topics',
  'partners',
  'pages',
  'media',
  'users',
  'directory-members',
]

/** `npm run seed` as a person runs it, against this run's database (the environment global-setup set). */
function seedCli(...args: string[]) {
  const result = spawnSync(
    path.resolve(cmsDir, '../../node_modules/.bin/tsx'),
    ['src/seed/cli.ts', ...args],
    {
      cwd: cmsDir,
      env: toolEnv({ ...process.env, NODE_ENV: 'development' }),
      encoding: 'utf8',
      // The seed grew by the directory's 44 listings; a loaded 2-core machine took 147 s for it.
      timeout: 240_000,
    },
  )
  return { code: result.status, out: `${result.stdout}${result.stderr}` }
}

let payload: Payload

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    counted.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

beforeAll(async () => {
  payload = await payloadForTests()
})

describe('npm run seed', () => {
  it('refuses to wipe a database that holds content, without --force, and changes nothing', async () => {
    const before = await counts()
    const { code, out } = seedCli()
    expect(code).toBe(1)
    expect(out).toContain('the database is not empty; run `npm run seed -- --force`')
    expect(await counts()).toEqual(before)
  })

  it('with --once (as npm start runs it) leaves a seeded database as it is', async () => {
    const before = await counts()
    const { code, out } = seedCli('--once')
    expect(code).toBe(0)
    expect(out).toContain('already holds content')
    expect(await counts()).toEqual(before)
  })

  it('with --force wipes and reseeds to the same content', async () => {
    // Other files of this run add documents to the shared database: the first --force gives the seed
    // alone; a document added after it must be gone after the second, with the seed as it was.
    expect(seedCli('--force').code).toBe(0)
    const seeded = await counts()
    const stray = await payload.create({
      collection: 'topics',
      data: { title: 'Stray topic the seed does not hold', slug: 'stray-topic-seed-cli' },
      draft: true,
    })
    expect((await counts()).topics).toBe(seeded.topics! + 1)
    const { code, out } = seedCli('--force')
    expect(code).toBe(0)
    expect(out).toMatch(/seed: done in [\d.]+ s/)
    expect(await counts()).toEqual(seeded)
    expect((await payload.find({ collection: 'topics', where: { id: { equals: stray.id } } })).docs).toEqual(
      [],
    )
    const flagship = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'emotional-intimacy' } },
      depth: 0,
    })
    expect(flagship.docs).toHaveLength(1)
  })
})
