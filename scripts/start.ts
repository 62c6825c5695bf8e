/**
 * `npm start` (production builds) and `npm run dev` (watch mode).
 *
 * Outside production: writes generated secrets to `.env` on first run, validates both apps'
 * environments, builds what changed (turbo's cache makes a second start instant), applies the
 * committed migrations, seeds the demo content once, then serves the reader site on :3000 and the
 * CMS on :3001 until Ctrl-C. With NODE_ENV=production it reads no `.env`, generates nothing and
 * seeds nothing: the secrets must come from the environment.
 *
 * While serving, a service that exits on its own is restarted with a back-off (scripts/lib/supervisor.ts)
 * and the other keeps running: the reader site serves its cached pages while the CMS is down.
 * WEB_PORT and CMS_PORT (default 3000 and 3001) choose the ports, for a second stack beside the first.
 *
 * `npm run start:edge` (`--edge`) adds the edge cache: Varnish with xkey (Debian's `varnish` and
 * `varnish-modules`) on EDGE_PORT (default 8080) in front of the reader site, with the VCL of
 * lib/varnish.ts; the web app is built and started with EDGE_URL, so its pages carry their cache
 * tags and its revalidations purge them at the edge.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { parseCmsEnv } from '../apps/cms/src/env-schema'
import { parseWebEnv } from '../apps/web/src/env-schema'
import { ensureGeneratedSecrets } from './lib/dotenv'
import { inheritedEnv, scriptEnv } from './lib/env'
import { bin, rootDir, run, toolEnv, waitForOk } from './lib/proc'
import { supervise, type ServiceSpec } from './lib/supervisor'
import { findVarnishd, hasXkey, renderVcl, VARNISH_MISSING, varnishArgs } from './lib/varnish'
import { dropWebCache } from './lib/web-cache'

const dev = process.argv.includes('--dev')
const edge = process.argv.includes('--edge')
const production = scriptEnv().NODE_ENV === 'production'

function fail(message: string): never {
  console.error(`Haven cannot start: ${message}`)
  process.exit(1)
}

function prepareEnvironment(): NodeJS.ProcessEnv {
  const dotEnv = path.join(rootDir, '.env')
  if (!production) {
    const added = ensureGeneratedSecrets(dotEnv)
    if (added.length) console.log(`Wrote generated ${added.join(' and ')} to .env (development only).`)
    if (existsSync(dotEnv)) process.loadEnvFile(dotEnv)
  }
  const environment = { ...inheritedEnv(), NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' }
  try {
    parseCmsEnv(environment)
    parseWebEnv(environment)
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  return environment
}

/** A port from the environment (WEB_PORT, CMS_PORT), or the default. */
function port(name: 'WEB_PORT' | 'CMS_PORT' | 'EDGE_PORT', fallback: number): number {
  const value = inheritedEnv()[name]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 65535)
    fail(`${name}: must be a port number from 1 to 65535 (got "${value}")`)
  return number
}

async function main(): Promise<void> {
  const environment = prepareEnvironment()
  const cmsEnv = parseCmsEnv(environment)
  const webPort = port('WEB_PORT', 3000)
  const cmsPort = port('CMS_PORT', 3001)
  const edgeService = edge ? edgeSpec(port('EDGE_PORT', 8080), webPort) : null
  // The web app builds and runs knowing its edge: pages carry their tags, revalidations purge there.
  if (edgeService) environment.EDGE_URL = edgeService.url
  const cmsDir = path.join(rootDir, 'apps/cms')
  const webDir = path.join(rootDir, 'apps/web')
  // Child tools run in development mode for migrate/seed (they never push schema: see database.ts).
  const tools = toolEnv({ ...environment, NODE_ENV: production ? 'production' : 'development' })

  if (!dev) {
    console.log('Building (turbo reuses unchanged builds)…')
    await run(bin('turbo'), ['run', 'build', '--output-logs=errors-only'], { cwd: rootDir, env: environment })
  }

  if (cmsEnv.databaseKind !== 'mongodb') {
    console.log(`Applying migrations to ${cmsEnv.databaseKind} database…`)
    await run(bin('payload'), ['migrate'], { cwd: cmsDir, env: tools })
  }

  if (!production) {
    await run(bin('tsx'), ['src/seed/cli.ts', '--once'], { cwd: cmsDir, env: tools })
  }

  const mode = dev ? 'dev' : 'start'
  const supervisor = supervise(
    [
      {
        name: 'cms',
        command: bin('next'),
        args: [mode, '--port', String(cmsPort)],
        options: { cwd: cmsDir, env: environment },
      },
      {
        name: 'web',
        command: bin('next'),
        args: [mode, '--port', String(webPort)],
        // Behind the edge, the reader's address is the one Varnish puts in X-Forwarded-For.
        options: {
          cwd: webDir,
          env: edgeService ? { ...environment, TRUSTED_PROXY_HOPS: '1' } : environment,
        },
      },
      ...(edgeService ? [edgeService.spec] : []),
    ],
    {
      // Notices of changes saved while the web app was down never reached it: its cached pages
      // (kept on disk across restarts) may be stale, so once it answers again it drops them all.
      onRestart: (name) => {
        if (name !== 'web') return
        void waitForOk(`http://localhost:${webPort}/api/health`, 60_000)
          .then(() => dropWebCache(`http://localhost:${webPort}`, cmsEnv.REVALIDATE_SECRET))
          .then((dropped) =>
            console.error(
              dropped.ok
                ? '[supervisor] web is back; it dropped its cached pages (changes saved while it was down are shown)'
                : `[supervisor] web is back, but did not drop its cached pages: ${dropped.reason}`,
            ),
          )
          .catch((error: unknown) =>
            console.error(`[supervisor] web did not come back healthy: ${(error as Error).message}`),
          )
      },
      onAllGaveUp: () => {
        console.error('Every service has given up; stopping.')
        process.exit(1)
      },
    },
  )

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void supervisor.stop().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  const timeout = dev ? 180_000 : 60_000
  try {
    await Promise.all([
      waitForOk(`http://localhost:${cmsPort}/api/health`, timeout),
      waitForOk(`http://localhost:${webPort}/api/health`, timeout),
    ])
  } catch (error) {
    // Never leave the servers running behind a failed start.
    stopping = true
    await supervisor.stop()
    throw error
  }
  // The web app keeps its cached pages on disk across restarts: pages cached before a restore, or
  // before changes saved while it was stopped, would be served as they were. Start from the CMS.
  const dropped = await dropWebCache(`http://localhost:${webPort}`, cmsEnv.REVALIDATE_SECRET)
  if (!dropped.ok) console.error(`The web app did not drop its cached pages: ${dropped.reason}`)
  if (edgeService) await waitForOk(`${edgeService.url}/api/health`, timeout)
  console.log(
    `\nHaven is running.\n  Reader site: http://localhost:${webPort}${edgeService ? `\n  Edge cache:  ${edgeService.url} (the reader site through Varnish)` : ''}\n  CMS admin:   http://localhost:${cmsPort}/admin\nPress Ctrl-C to stop.\n`,
  )
}

/** Varnish on `edgePort` in front of the web app, its VCL and working folder under `data/edge/`. */
function edgeSpec(edgePort: number, webPort: number): { url: string; spec: ServiceSpec } {
  if (dev) fail('--edge runs the production builds: use npm run start:edge, not with --dev')
  const varnishd = findVarnishd()
  if (!varnishd || !hasXkey()) fail(VARNISH_MISSING)
  const dir = path.join(rootDir, 'data/edge')
  mkdirSync(dir, { recursive: true })
  const vclFile = path.join(dir, 'site.vcl')
  writeFileSync(
    vclFile,
    renderVcl({
      backends: [{ name: 'web1', host: '127.0.0.1', port: webPort }],
      purgers: ['"127.0.0.1"', '"::1"'],
    }),
  )
  return {
    url: `http://localhost:${edgePort}`,
    spec: {
      name: 'edge',
      command: varnishd,
      args: varnishArgs({ listen: `:${edgePort}`, vclFile, workDir: path.join(dir, 'work') }),
      options: { cwd: dir, env: inheritedEnv() },
    },
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
