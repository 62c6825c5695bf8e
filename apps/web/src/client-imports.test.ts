/**
 * @jest-environment node
 *
 * Client components ship to every reader. Classic zod (and so the `@haven/schemas` entry, which is
 * built on it) adds about 40 KB gzip to each page's JavaScript, so everything a `'use client'` module
 * reaches must take values only from `@haven/schemas/browser` (types may come from anywhere: they are
 * erased). The weight benchmark measures the result; this test names the import that breaks it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const srcDir = __dirname
/** Module specifiers whose values must not reach the browser. */
const serverOnly = ['zod', '@haven/schemas', '@haven/node']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : []
  })
}

type Import = { specifier: string; typeOnly: boolean }

/** The import and re-export statements of a module, and whether each brings in values or only types. */
export function importsOf(source: string): Import[] {
  const found: Import[] = []
  // The clause is names, `* as x` and `{ … }` lists only, so `export const x = …` never starts a match.
  const statement =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?((?:[\w$*\s,]|\{[^}]*\})+?)\s*from\s*['"]([^'"]+)['"]/g
  for (const match of source.matchAll(statement)) {
    const [, , typeKeyword, clause = '', specifier = ''] = match
    const names = clause.match(/^\{([\s\S]*)\}$/)?.[1]
    const allTypes =
      names !== undefined &&
      names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '))
    found.push({ specifier, typeOnly: Boolean(typeKeyword) || allTypes })
  }
  for (const match of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g))
    found.push({ specifier: match[1]!, typeOnly: false })
  return found
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(srcDir, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null
  if (!base) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  return null
}

describe('importsOf', () => {
  it('tells value imports from type-only ones', () => {
    expect(
      importsOf(
        "import type { A } from 'a'\nimport { type B, type C } from 'b'\nimport { d, type E } from 'c'\nimport 'side'\nexport { f } from 'e'",
      ),
    ).toEqual([
      { specifier: 'a', typeOnly: true },
      { specifier: 'b', typeOnly: true },
      { specifier: 'c', typeOnly: false },
      { specifier: 'e', typeOnly: false },
      { specifier: 'side', typeOnly: false },
    ])
  })
})

describe('client components', () => {
  const files = sourceFiles(srcDir)
  const clientEntries = files.filter((f) => /^\s*['"]use client['"]/.test(readFileSync(f, 'utf8')))

  it('are found', () => {
    expect(clientEntries.length).toBeGreaterThan(5)
  })

  it('reach no value from classic zod or the full @haven/schemas entry', () => {
    const problems: string[] = []
    const seen = new Set<string>()
    const queue = [...clientEntries]
    while (queue.length) {
      const file = queue.shift()!
      if (seen.has(file)) continue
      seen.add(file)
      for (const { specifier, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
        if (typeOnly) continue
        if (serverOnly.includes(specifier))
          problems.push(
            `${path.relative(srcDir, file)} imports values from '${specifier}' (use '@haven/schemas/browser')`,
          )
        const local = resolveLocal(file, specifier)
        if (local) queue.push(local)
      }
    }
    expect(problems).toEqual([])
  })
})
