/**
 * `npm start` (production builds) and `npm run dev` (watch mode).
 *
 * Outside production: writes generated secrets to `.env` on first run, validates both apps'
 * environments, builds what changed (turbo's cache makes a second start instant), applies the
 * committed migrations, seeds the demo content once, then serves the reader site on :3000 and the
 * CMS on :3001 until Ctrl-C. With NODE_ENV=production it reads no `.env`, generates nothing and
 * seeds nothing: the secrets must come from the environment.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { parseCmsEnv } from '../apps/cms/src/env-schema'
import { parseWebEnv } from '../apps/web/src/env-schema'
import { ensureGeneratedSecrets } from './lib/dotenv'
import { inheritedEnv, scriptEnv } from './lib/env'
import { bin, rootDir, run, startService, toolEnv, waitForOk } from './lib/proc'

const dev = process.argv.includes('--dev')
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

async function main(): Promise<void> {
  const environment = prepareEnvironment()
  const cmsEnv = parseCmsEnv(environment)
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
  const services = [
    startService('cms', bin('next'), [mode, '--port', '3001'], { cwd: cmsDir, env: environment }),
    startService('web', bin('next'), [mode, '--port', '3000'], { cwd: webDir, env: environment }),
  ]

  let stopping = false
  const stop = (code: number) => {
    if (stopping) return
    stopping = true
    for (const service of services) if (service.exitCode === null) service.kill('SIGTERM')
    const timer = setTimeout(() => {
      for (const service of services) if (service.exitCode === null) service.kill('SIGKILL')
    }, 5000)
    timer.unref()
    void Promise.all(
      services.map((s) => (s.exitCode === null ? new Promise((r) => s.once('exit', r)) : null)),
    ).then(() => process.exit(code))
  }
  process.on('SIGINT', () => stop(0))
  process.on('SIGTERM', () => stop(0))
  for (const service of services) {
    service.on('exit', (code) => {
      if (!stopping) {
        console.error(`A service stopped unexpectedly (exit ${code}); stopping the other.`)
        stop(code || 1)
      }
    })
  }

  const timeout = dev ? 180_000 : 60_000
  await Promise.all([
    waitForOk(`${cmsEnv.CMS_URL.replace(/\/$/, '')}/api/health`, timeout),
    waitForOk('http://localhost:3000/api/health', timeout),
  ])
  console.log(
    `\nHaven is running.\n  Reader site: http://localhost:3000\n  CMS admin:   http://localhost:3001/admin\nPress Ctrl-C to stop.\n`,
  )
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
