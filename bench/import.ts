/**
 * Import: `npm run import:wordpress` on generated exports of two sizes (1,000 and 10,000 posts; quick:
 * 20 and 200), each into its own fresh, migrated SQLite database, as a person runs it. Figures:
 * posts per second and the peak resident memory of the importer's process. Baselines measured in the
 * same run: the same number of plain Local API creates of draft articles (the cost of Payload itself,
 * in posts per second and memory) and reading the export alone (the streaming reader's floor).
 * Memory must not grow with the export's size: the budget is a peak-memory ratio of at most 1.2
 * between the larger and the smaller export (measured: 1.04 at 1,000 and 10,000 posts; the only thing
 * that grows by design is the per-item report list the summary prints, a few hundred bytes per post).
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { inheritedEnv } from '../scripts/lib/env'
import { bin, rootDir, run, toolEnv } from '../scripts/lib/proc'
import { writeLargeExport } from '../apps/cms/tests/fixtures/wordpress/generate'
import type { BenchContext, BenchResult } from './lib/context'
import { round } from './lib/stats'

const cmsDir = path.join(rootDir, 'apps/cms')
const MEMORY_RATIO_BUDGET = 1.2

type Measured = { seconds: number; peakRssMb: number }

function runJson(args: string[], env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin('tsx'), args, { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err = `${err}${chunk.toString()}`.slice(-2000)))
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? ''
      if (code !== 0) return reject(new Error(`${args[0]} exited ${code}: ${err || line}`))
      try {
        resolve(JSON.parse(line) as Record<string, unknown>)
      } catch {
        reject(new Error(`${args[0]} printed no JSON: ${line.slice(0, 200)}`))
      }
    })
  })
}

/** A fresh database with the committed migrations applied. */
async function freshDatabase(ctx: BenchContext, name: string): Promise<NodeJS.ProcessEnv> {
  const dir = path.join(ctx.tmpDir, 'import', name)
  mkdirSync(dir, { recursive: true })
  const env = toolEnv({
    ...inheritedEnv(),
    NODE_ENV: 'development',
    DATABASE_URI: `file:${path.join(dir, 'haven.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'bench-import-secret-bench-import-secret',
    REVALIDATE_SECRET: 'bench-import-secret-bench-import-secret',
    // Nothing listens here: revalidation fails fast, as in the integration tests.
    WEB_URL: 'http://127.0.0.1:9',
  })
  await run(bin('payload'), ['migrate'], { cwd: cmsDir, env, stdio: 'ignore' })
  return env
}

export async function importBench(ctx: BenchContext): Promise<BenchResult> {
  // Quick sizes keep `npm test`'s bench step within minutes on a shared 2-core machine: at 50 and 500
  // posts the import took 122 s of a CI run, most of it the 500 posts at the importer's ~8 posts/s.
  const sizes = ctx.quick ? [20, 200] : [1000, 10_000]
  const rows: {
    posts: number
    importer: Measured & { postsPerSecond: number }
    plain: Measured & { postsPerSecond: number }
    parse: Measured
  }[] = []
  for (const posts of sizes) {
    const file = path.join(ctx.tmpDir, `import-${posts}.xml`)
    await writeLargeExport(file, posts)
    ctx.log(`import: ${posts} posts: reading only`)
    const parse = (await runJson(
      [path.join(rootDir, 'bench/import/parse-only.ts'), file],
      toolEnv(inheritedEnv()),
    )) as Measured
    ctx.log(`import: ${posts} posts: the importer`)
    const summary = await runJson(
      ['src/importers/wordpress/cli.ts', file, '--json'],
      await freshDatabase(ctx, `importer-${posts}`),
    )
    const created = (summary.counts as { articles: { created: number } }).articles.created
    if (created !== posts) throw new Error(`the importer created ${created} of ${posts} articles`)
    const importer = { seconds: Number(summary.seconds), peakRssMb: Number(summary.peakRssMb) }
    ctx.log(`import: ${posts} posts: plain Local API creates`)
    const plain = (await runJson(
      [path.join(rootDir, 'bench/import/plain-creates.ts'), String(posts)],
      await freshDatabase(ctx, `plain-${posts}`),
    )) as Measured
    rows.push({
      posts,
      importer: { ...importer, postsPerSecond: round(posts / importer.seconds, 1) },
      plain: { ...plain, seconds: round(plain.seconds, 1), postsPerSecond: round(posts / plain.seconds, 1) },
      parse: { ...parse, seconds: round(parse.seconds, 2) },
    })
  }
  const [small, large] = rows as [(typeof rows)[number], (typeof rows)[number]]
  const ratio = (a: number, b: number) => round(a / b, 2)
  const memoryRatio = ratio(large.importer.peakRssMb, small.importer.peakRssMb)
  return {
    figures: {
      sizes,
      rows,
      importerMemoryRatio: memoryRatio,
      plainMemoryRatio: ratio(large.plain.peakRssMb, small.plain.peakRssMb),
      parseMemoryRatio: ratio(large.parse.peakRssMb, small.parse.peakRssMb),
      memoryRatioBudget: MEMORY_RATIO_BUDGET,
    },
    summary: [
      '| posts | importer posts/s | plain creates posts/s | importer ÷ plain | importer peak RSS | plain creates peak RSS | reading only peak RSS |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.posts} | ${r.importer.postsPerSecond} | ${r.plain.postsPerSecond} | ${ratio(r.importer.postsPerSecond, r.plain.postsPerSecond)} | ${r.importer.peakRssMb} MB | ${r.plain.peakRssMb} MB | ${r.parse.peakRssMb} MB |`,
      ),
      '',
      `Peak memory at ${large.posts} posts ÷ at ${small.posts}: importer ${memoryRatio}, plain creates ${ratio(large.plain.peakRssMb, small.plain.peakRssMb)}, reading only ${ratio(large.parse.peakRssMb, small.parse.peakRssMb)} (budget for the importer: at most ${MEMORY_RATIO_BUDGET}).`,
    ],
    budgets: [
      {
        name: 'import memory does not grow with the export',
        met: memoryRatio <= MEMORY_RATIO_BUDGET,
        detail: `peak RSS ${large.importer.peakRssMb} MB at ${large.posts} posts vs ${small.importer.peakRssMb} MB at ${small.posts} (×${memoryRatio}, budget ×${MEMORY_RATIO_BUDGET})`,
      },
    ],
  }
}
