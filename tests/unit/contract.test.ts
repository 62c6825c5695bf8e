/**
 * `docs/CONTRACT.md` says what an outsider may rely on; these checks keep it in step with the code:
 * the routes it lists exist, the commands it names are scripts, the variables it documents are in
 * an app's environment schema, and what it lists as coming does not exist yet (then it belongs above).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { cmsEnvSchema } from '../../apps/cms/src/env-schema'
import { webEnvSchema } from '../../apps/web/src/env-schema'

const rootDir = path.resolve(__dirname, '../..')
const contract = readFileSync(path.join(rootDir, 'docs/CONTRACT.md'), 'utf8')
const appDir = path.join(rootDir, 'apps/web/src/app')

/** The text of the section whose heading starts with `heading` (up to the next heading of its level or higher). */
function section(heading: string): string {
  const lines = contract.split('\n')
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '').startsWith(heading))
  if (start < 0) throw new Error(`docs/CONTRACT.md has no section "${heading}"`)
  const level = lines[start]!.match(/^#+/)![0].length
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

const codeSpans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)

/** The routes a section names: code spans that are paths, with their query string left off. */
const routesIn = (text: string) =>
  codeSpans(text)
    .filter((span) => span.startsWith('/'))
    .map((span) => span.split('?')[0]!)

/**
 * Paths Next.js serves through the rewrites in `apps/web/next.config.ts` rather than a folder of
 * their own; the test checks that the config still names them.
 */
const rewritten: Record<string, { to: string; configMentions: string }> = {
  '/': { to: '/home/{edition}', configMentions: "destination: '/home/latest'" },
  '/sitemap.xml': { to: '/feeds/{file}', configMentions: "'sitemap.xml'" },
  '/robots.txt': { to: '/feeds/{file}', configMentions: "'robots.txt'" },
  '/feed.xml': { to: '/feeds/{file}', configMentions: "'feed.xml'" },
}

/**
 * Whether `apps/web/src/app` has a page or route handler for `route`. `{x}` stands for a dynamic
 * segment; a value (`/articles/emotional-intimacy`) matches one too, except as the first segment,
 * where the static pages' `[slug]` would otherwise make every `/anything` exist.
 */
function routeExists(route: string): boolean {
  const walk = (dir: string, rest: string[], depth: number): boolean => {
    if (rest.length === 0) return ['page.tsx', 'route.ts'].some((file) => existsSync(path.join(dir, file)))
    const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())
    const [segment, ...after] = rest as [string, ...string[]]
    const placeholder = /^\{.+\}$/.test(segment)
    return entries.some(({ name }) => {
      const full = path.join(dir, name)
      if (/^\(.+\)$/.test(name)) return walk(full, rest, depth) // a route group adds no segment
      if (name === segment) return walk(full, after, depth + 1)
      const dynamic = /^\[.+\]$/.test(name)
      if (!dynamic || (!placeholder && (depth === 0 || entries.some((e) => e.name === segment)))) return false
      return name.startsWith('[...') ? walk(full, [], depth + 1) : walk(full, after, depth + 1)
    })
  }
  return walk(appDir, route.split('/').filter(Boolean), 0)
}

type Manifest = { scripts?: Record<string, string> }
const manifest = (dir: string) =>
  JSON.parse(readFileSync(path.join(rootDir, dir, 'package.json'), 'utf8')) as Manifest
const workspaceDirs: Record<string, string> = { '@haven/cms': 'apps/cms', '@haven/web': 'apps/web' }

/** Every `npm …` command in `text` as [script, workspace dir]; `npm ci`/`npm install` are npm's own. */
function npmScripts(text: string): [string, string][] {
  const found: [string, string][] = []
  for (const span of codeSpans(text))
    for (const command of span.split('&&').map((part) => part.trim())) {
      const match = command.match(/^npm (?:run )?([\w:-]+)(?:.*?(?:-w|--workspace) (\S+))?/)
      if (!match || ['ci', 'install'].includes(match[1]!)) continue
      const dir = match[2] ? workspaceDirs[match[2]] : '.'
      if (!dir) throw new Error(`docs/CONTRACT.md names an unknown workspace in "${command}"`)
      found.push([match[1]!, dir])
    }
  return found
}

describe('docs/CONTRACT.md', () => {
  it('is linked from the README and points at nothing outside the repository', () => {
    expect(readFileSync(path.join(rootDir, 'README.md'), 'utf8')).toContain('](docs/CONTRACT.md)')
    expect(contract).not.toMatch(/\.\.\/shared/)
    for (const file of codeSpans(contract).filter((span) =>
      /^(apps|packages|scripts|tests|bench)\//.test(span),
    ))
      expect({ file, exists: existsSync(path.join(rootDir, file)) }).toEqual({ file, exists: true })
  })

  it('lists only reader routes the web app has', () => {
    const routes = routesIn(section('Reader site'))
    expect(routes.length).toBeGreaterThan(10)
    const config = readFileSync(path.join(rootDir, 'apps/web/next.config.ts'), 'utf8')
    const missing = routes.filter((route) => {
      const rewrite = rewritten[route]
      if (rewrite) return !config.includes(rewrite.configMentions) || !routeExists(rewrite.to)
      return !routeExists(route)
    })
    expect({ 'listed but not in apps/web/src/app': missing }).toEqual({
      'listed but not in apps/web/src/app': [],
    })
  })

  it('names only commands that are scripts of the repository or its workspaces', () => {
    const commands = npmScripts(section('Commands'))
    expect(commands.map(([script]) => script)).toEqual(
      expect.arrayContaining(['start', 'test', 'dev', 'seed']),
    )
    const missing = commands.filter(([script, dir]) => !manifest(dir).scripts?.[script])
    expect({ 'not a package.json script': missing }).toEqual({ 'not a package.json script': [] })
  })

  it('documents only variables that an app’s environment schema reads', () => {
    const rows = section('Environment')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
    const names = rows.flatMap((row) => codeSpans(row.split('|')[1]!))
    expect(names).toEqual(expect.arrayContaining(['DATABASE_URI', 'PAYLOAD_SECRET', 'REVALIDATE_SECRET']))
    const known = new Set([...Object.keys(cmsEnvSchema.shape), ...Object.keys(webEnvSchema.shape)])
    const unknown = names.filter((name) => !known.has(name))
    expect({ 'in no env schema': unknown }).toEqual({ 'in no env schema': [] })
  })

  it('lists as coming only what does not exist yet (once it lands, it moves up)', () => {
    const coming = section('Coming')
    // What each item names first (the rest of its line may compare it with what exists).
    const items = coming
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.split('`:')[0]! + '`')
      .join('\n')
    const built = npmScripts(items).filter(([script, dir]) => manifest(dir).scripts?.[script])
    expect({ 'built now: move it to Commands': built }).toEqual({ 'built now: move it to Commands': [] })
    const routes = routesIn(coming).filter((route) => route !== '/api/therapists' && routeExists(route))
    expect({ 'built now: move it to Reader site': routes }).toEqual({
      'built now: move it to Reader site': [],
    })
  })
})
