/**
 * docker-compose.yml and the Dockerfiles cannot be run on the development machines (no Docker engine),
 * so this checks them against what the apps themselves declare: their env schemas, ports and workspaces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'

import { composeVcl } from '../../scripts/lib/varnish'
import type { z } from 'zod'

const rootDir = path.resolve(__dirname, '../..')

type Healthcheck = { test?: string | string[]; disable?: boolean }
type Service = {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  command?: string | string[]
  ports?: (string | number | { target: number; published?: string | number })[]
  environment?: Record<string, string | number | boolean | null> | string[]
  volumes?: (string | { type?: string; source?: string; target: string })[]
  depends_on?: string[] | Record<string, { condition?: string }>
  healthcheck?: Healthcheck
}
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> }

const rootManifest = JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as {
  workspaces: string[]
  packageManager: string
}
// `merge`: the second web replica is the first one's service through a YAML merge key, as compose reads it.
const compose = parse(readFileSync(path.join(rootDir, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as Compose
const service = (name: string): Service => compose.services[name] ?? {}

/** The apps, with the ports that docs/CONTRACT.md gives them. */
const apps = [
  { name: 'cms', port: 3001 },
  { name: 'web', port: 3000 },
] as const

/** What the test substitutes for `${VAR:?message}`, a variable compose refuses to run without. */
const TEST_SECRET = 'compose-test-secret-0123456789abcdef'

/** Resolves compose interpolation the way `docker compose` would with only the required variables set. */
function interpolate(value: string): string {
  return value.replace(
    /\$\$|\$\{(\w+)(?:(:?[-?])([^}]*))?\}/g,
    (match, name?: string, operator?: string, rest = '') => {
      if (match === '$$') return '$'
      if (operator?.endsWith('-')) return rest
      if (operator?.endsWith('?')) return TEST_SECRET
      throw new Error(`\${${name}} has neither a default nor a required marker`)
    },
  )
}

function environmentOf(name: string): Record<string, string> {
  const environment = service(name).environment ?? {}
  const entries = Array.isArray(environment)
    ? environment.map(
        (line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const,
      )
    : Object.entries(environment).map(([key, value]) => [key, String(value ?? '')] as const)
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value)]))
}

function portsOf(name: string): { published: number; target: number }[] {
  return (service(name).ports ?? []).map((port) => {
    if (typeof port === 'object') return { published: Number(port.published), target: Number(port.target) }
    const parts = String(port).split(':')
    return { published: Number(parts.at(-2)), target: Number(parts.at(-1)) }
  })
}

function volumesOf(name: string): { source: string | undefined; target: string }[] {
  return (service(name).volumes ?? []).map((volume) => {
    if (typeof volume === 'object') return { source: volume.source, target: volume.target }
    const [source, target] = volume.split(':')
    return { source, target: target ?? source! }
  })
}

function commandOf(name: string): string[] {
  const command = service(name).command ?? []
  return Array.isArray(command) ? command : command.split(/\s+/)
}

function dependencyCondition(name: string, on: string): string | undefined {
  const dependsOn = service(name).depends_on ?? {}
  return Array.isArray(dependsOn) ? undefined : dependsOn[on]?.condition
}

/** Instructions of a Dockerfile with continuation lines joined, e.g. `{ keyword: 'USER', args: 'node' }`. */
function dockerfileInstructions(text: string): { keyword: string; args: string }[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...args] = line.split(/\s+/)
      return { keyword: keyword.toUpperCase(), args: args.join(' ') }
    })
}

function dockerfileOf(name: string): { path: string; context: string } {
  const build = service(name).build
  const context = path.resolve(rootDir, (typeof build === 'string' ? build : build?.context) ?? '.')
  const dockerfile = typeof build === 'object' && build.dockerfile ? build.dockerfile : 'Dockerfile'
  return { context, path: path.resolve(context, dockerfile) }
}

/** Every workspace folder that the root package.json's `workspaces` globs (`apps/*`, `packages/*`) match. */
function workspaceDirs(): string[] {
  return rootManifest.workspaces.flatMap((pattern) => {
    const parent = pattern.replace(/\/\*$/, '')
    return readdirSync(path.join(rootDir, parent), { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && existsSync(path.join(rootDir, parent, entry.name, 'package.json')),
      )
      .map((entry) => `${parent}/${entry.name}`)
  })
}

type EnvSchema = z.ZodObject<Record<string, z.ZodType>>

/** Variables the app refuses to start without. */
const requiredKeys = (schema: EnvSchema) =>
  Object.keys(schema.shape).filter((key) => !schema.shape[key]!.safeParse(undefined).success)

/** Variables that fall back to a development default (a local path or localhost), which is wrong in a container. */
const defaultedKeys = (schema: EnvSchema) =>
  Object.keys(schema.shape).filter((key) => {
    const result = schema.shape[key]!.safeParse(undefined)
    return result.success && result.data !== undefined
  })

const schemas: Partial<Record<(typeof apps)[number]['name'], EnvSchema>> = {}
const savedEnv = { ...process.env }

beforeAll(async () => {
  // Each env.ts validates process.env as soon as it loads (and reads the repository's .env outside
  // production), so the secrets it insists on are set first; the schemas are all this test uses.
  process.env.PAYLOAD_SECRET ||= TEST_SECRET
  process.env.REVALIDATE_SECRET ||= TEST_SECRET
  schemas.cms = (await import('../../apps/cms/src/env')).cmsEnvSchema
  schemas.web = (await import('../../apps/web/src/env')).webEnvSchema
})

afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
})

describe('docker-compose.yml', () => {
  it('defines the mongo, cms, two web replicas, redis and varnish services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'mongo', 'redis', 'varnish', 'web', 'web2'])
  })

  it('runs the second web replica as the first, sharing its cache through Redis and its edge, unpublished', () => {
    const { ports: _ports, ...second } = service('web2')
    const { ports: _firstPorts, ...first } = service('web')
    expect(second).toEqual(first)
    expect(service('web2').ports ?? []).toEqual([])
    expect(environmentOf('web').REDIS_URL).toBe('redis://redis:6379')
    expect(new URL(environmentOf('web').EDGE_URL ?? '').host).toBe('varnish')
    const args = (service('web').build as { args?: Record<string, string> }).args ?? {}
    expect([args.REDIS_URL, args.EDGE_URL]).toEqual([
      environmentOf('web').REDIS_URL,
      environmentOf('web').EDGE_URL,
    ])
    expect(dependencyCondition('web', 'redis')).toBe('service_healthy')
  })

  it('puts Varnish on :8080 in front of both replicas, with the VCL scripts/lib/varnish.ts renders', () => {
    expect(portsOf('varnish')).toEqual([{ published: 8080, target: 80 }])
    expect(volumesOf('varnish')).toContainEqual({
      source: './deploy/varnish/default.vcl',
      target: '/etc/varnish/default.vcl',
    })
    // Regenerate with: npx tsx -e "import('./scripts/lib/varnish.ts').then((m) => require('node:fs').writeFileSync('deploy/varnish/default.vcl', m.composeVcl()))"
    expect(readFileSync(path.join(rootDir, 'deploy/varnish/default.vcl'), 'utf8')).toBe(composeVcl())
    expect(composeVcl()).toMatch(/\.host = "web";[\s\S]*\.host = "web2";/)
    for (const replica of ['web', 'web2'])
      expect(dependencyCondition('varnish', replica)).toBe('service_healthy')
    // The CMS's notices reach a replica inside the network (the published address is the host's).
    expect(environmentOf('cms').WEB_INTERNAL_URL).toBe('http://web:3000')
  })

  it.each(apps)('publishes the $name app on port $port, as the contract says', ({ name, port }) => {
    expect(portsOf(name)).toEqual([{ published: port, target: port }])
  })

  it('runs MongoDB as the one-node replica set that the CMS connection names', () => {
    const command = commandOf('mongo')
    expect(command).toContain('--bind_ip_all')
    const replicaSet = command[command.indexOf('--replSet') + 1]
    expect(replicaSet).toBe('rs0')

    const databaseUri = new URL(environmentOf('cms').DATABASE_URI ?? '')
    expect(databaseUri.protocol).toBe('mongodb:')
    expect(databaseUri.hostname).toBe('mongo')
    expect(databaseUri.searchParams.get('replicaSet')).toBe(replicaSet)

    // The healthcheck initiates the set, with the member address the CMS will be told to use.
    const healthcheck = [service('mongo').healthcheck?.test ?? []].flat().join(' ')
    expect(healthcheck).toMatch(/rs\.initiate\(/)
    expect(healthcheck).toMatch(new RegExp(`_id:\\s*'${replicaSet}'`))
    expect(healthcheck).toMatch(new RegExp(`host:\\s*'${databaseUri.host}'`))
  })

  it.each(apps)('gives the $name service every variable its env schema requires', ({ name }) => {
    const required = requiredKeys(schemas[name]!)
    expect(required.length).toBeGreaterThan(0)
    expect(required.filter((key) => !(key in environmentOf(name)))).toEqual([])
  })

  it.each(apps)(
    'sets every $name variable whose development default would be wrong in a container',
    ({ name }) => {
      expect(defaultedKeys(schemas[name]!).filter((key) => !(key in environmentOf(name)))).toEqual([])
    },
  )

  it.each(apps)('gives the $name service values that its env schema accepts', ({ name }) => {
    const result = schemas[name]!.safeParse(environmentOf(name))
    expect(result.error?.issues ?? []).toEqual([])
    expect(result.data).toMatchObject({ NODE_ENV: 'production' })
  })

  it('lets the web server reach the CMS inside the compose network', () => {
    expect(new URL(environmentOf('web').CMS_URL ?? '').host).toBe('cms:3001')
  })

  it('keeps the database and the uploaded media in named volumes', () => {
    expect(Object.keys(compose.volumes ?? {}).sort()).toEqual(['media', 'mongo-data'])
    expect(volumesOf('mongo')).toContainEqual({ source: 'mongo-data', target: '/data/db' })
    expect(volumesOf('cms')).toContainEqual({ source: 'media', target: environmentOf('cms').MEDIA_DIR })
  })

  it.each(Object.keys(compose.services))('has a healthcheck for the %s service', (name) => {
    const { healthcheck } = service(name)
    expect(healthcheck?.disable).not.toBe(true)
    expect([healthcheck?.test ?? []].flat().join(' ')).toMatch(/\S/)
  })

  it.each([
    ['web', 'cms'],
    ['cms', 'mongo'],
  ])('starts %s only once %s is healthy', (name, on) => {
    expect(dependencyCondition(name, on)).toBe('service_healthy')
  })
})

describe.each(apps)('the $name Dockerfile', ({ name, port }) => {
  const dockerfile = dockerfileOf(name)
  const text = existsSync(dockerfile.path) ? readFileSync(dockerfile.path, 'utf8') : ''
  const instructions = dockerfileInstructions(text)
  const lastStage = instructions.slice(instructions.findLastIndex(({ keyword }) => keyword === 'FROM'))

  it('exists and builds from the repository root', () => {
    expect(dockerfile.path).toBe(path.join(rootDir, `apps/${name}/Dockerfile`))
    expect(existsSync(dockerfile.path)).toBe(true)
    expect(dockerfile.context).toBe(rootDir)
  })

  it('copies every workspace manifest before npm ci, which fails without one', () => {
    const npmCi = instructions.findIndex(({ keyword, args }) => keyword === 'RUN' && /\bnpm ci\b/.test(args))
    expect(npmCi).toBeGreaterThan(-1)
    const copied = instructions
      .slice(0, npmCi)
      .filter(({ keyword }) => keyword === 'COPY')
      .flatMap(({ args }) => args.split(/\s+/).slice(0, -1))
    expect(workspaceDirs().filter((dir) => !copied.includes(`${dir}/package.json`))).toEqual([])
  })

  it('installs with the npm that wrote the lock file (packageManager in package.json)', () => {
    expect(text).toContain(`npm install --global ${rootManifest.packageManager}`)
  })

  it('builds the app as a standalone Next.js server', () => {
    expect(text).toMatch(/\bNEXT_OUTPUT=standalone\b/)
    expect(text).toContain(`--filter=@haven/${name}`)
    expect(lastStage.find(({ keyword }) => keyword === 'CMD')?.args).toContain(`apps/${name}/server.js`)
  })

  it('runs as a user other than root', () => {
    const user = lastStage.findLast(({ keyword }) => keyword === 'USER')?.args
    expect(user).toBeDefined()
    expect(user).not.toMatch(/^(root|0)(:|$)/)
  })

  it('exposes the port that docker-compose.yml maps', () => {
    const exposed = lastStage
      .filter(({ keyword }) => keyword === 'EXPOSE')
      .flatMap(({ args }) => args.split(/\s+/).map((entry) => Number.parseInt(entry, 10)))
    expect(exposed).toContain(port)
    expect(portsOf(name).map(({ target }) => target)).toEqual([port])
  })
})
