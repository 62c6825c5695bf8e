/**
 * Starts a throw-away Haven stack for tests and benchmarks: a fresh SQLite file, migrated and seeded,
 * and production builds of both apps on their own ports, so nothing touches the developer's `data/`.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'

import { inheritedEnv } from './env'
import { bin, rootDir, run, startService, toolEnv, waitForOk } from './proc'

export type Stack = {
  webUrl: string
  cmsUrl: string
  env: NodeJS.ProcessEnv
  pids: number[]
  dir: string
}

export type StackOptions = {
  name: string
  webPort: number
  cmsPort: number
  /** Build first (turbo reuses unchanged builds). */
  build?: boolean
  seed?: boolean
  quiet?: boolean
  /** Fills the fresh folder before the migration (e.g. with a copy of a seeded database). */
  prepare?: (dir: string) => Promise<void>
  /** Extra environment for the servers only (the benchmarks' edge cache: EDGE_URL, WEB_INTERNAL_URL). */
  serverEnv?: { cms?: Record<string, string>; web?: Record<string, string> }
}

export async function startStack({
  name,
  webPort,
  cmsPort,
  build = true,
  seed = true,
  quiet = true,
  prepare,
  serverEnv: extraEnv = {},
}: StackOptions): Promise<Stack & { children: ChildProcess[] }> {
  const dir = path.join(rootDir, 'tests/.artifacts', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  await prepare?.(dir)
  const webUrl = `http://localhost:${webPort}`
  const cmsUrl = `http://localhost:${cmsPort}`
  const env: NodeJS.ProcessEnv = {
    ...inheritedEnv(),
    // jest's --experimental-vm-modules must not leak into the apps and tools started here.
    NODE_OPTIONS: '',
    NODE_ENV: 'development' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(dir, 'haven.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    CMS_URL: cmsUrl,
    WEB_URL: webUrl,
  }
  const stdio = quiet ? ('ignore' as const) : ('inherit' as const)
  // `next build` must run with NODE_ENV=production (its default); a development NODE_ENV breaks prerendering.
  if (build)
    await run(bin('turbo'), ['run', 'build', '--output-logs=errors-only'], {
      cwd: rootDir,
      env: { ...env, NODE_ENV: 'production' },
      stdio,
    })
  await run(bin('payload'), ['migrate'], { cwd: path.join(rootDir, 'apps/cms'), env: toolEnv(env), stdio })
  if (seed)
    await run(bin('tsx'), ['src/seed/cli.ts', '--once'], {
      cwd: path.join(rootDir, 'apps/cms'),
      env: toolEnv(env),
      stdio,
    })
  // A reused build keeps the pages and CMS reads an earlier stack cached (Next writes them under .next
  // at run time): served to this stack, they would show another database's content. Start empty.
  for (const runtimeCache of ['apps/web/.next/cache/fetch-cache', 'apps/web/.next/server/route-cache'])
    rmSync(path.join(rootDir, runtimeCache), { recursive: true, force: true })
  const serverEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production' }
  const children = [
    startService(`${name}-cms`, bin('next'), ['start', '--port', String(cmsPort)], {
      cwd: path.join(rootDir, 'apps/cms'),
      env: { ...serverEnv, ...extraEnv.cms },
    }),
    startService(`${name}-web`, bin('next'), ['start', '--port', String(webPort)], {
      cwd: path.join(rootDir, 'apps/web'),
      env: { ...serverEnv, ...extraEnv.web },
    }),
  ]
  if (quiet)
    for (const child of children) {
      child.stdout?.removeAllListeners('data')
      child.stdout?.resume()
    }
  try {
    await Promise.all([waitForOk(`${cmsUrl}/api/health`, 60_000), waitForOk(`${webUrl}/api/health`, 60_000)])
  } catch (error) {
    stopChildren(children)
    throw error
  }
  return { webUrl, cmsUrl, env, dir, children, pids: children.map((c) => c.pid ?? 0) }
}

export function stopChildren(children: ChildProcess[]): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
}
