/**
 * The last crisis lines this web server read from the CMS, kept so that the 503 page shown while the
 * CMS is down can still list them in its HTML (see http-patches/unavailable-status.ts). In memory, and
 * on disk next to Next's own cache (`.next/cache/haven/`), so a server restarted during an outage
 * still has them. With several instances each keeps its own copy; any of them is the CMS's last word.
 *
 * In memory on `globalThis` under a registered symbol: the CMS client (in the route bundles) writes
 * it and the server hook (in the instrumentation bundle) reads it, two module graphs in one process.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import {
  crisisChannels,
  crisisLineSchema,
  crisisRegionSchema,
  crisisResourcesSchema,
  type CrisisResources,
} from '@haven/schemas'
import { z } from 'zod'

/** Where the copy is kept: beside Next's cache, which is writable wherever the server runs. */
export const LAST_CRISIS_LINES_FILE = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  '.next',
  'cache',
  'haven',
  'last-crisis-lines.json',
)

/** The parsed shape (channels already a list), as it is written. */
const storedSchema = crisisResourcesSchema.extend({
  regions: z.array(
    crisisRegionSchema.extend({
      lines: z.array(crisisLineSchema.extend({ channels: z.array(z.enum(crisisChannels)) })),
    }),
  ),
})

const key = Symbol.for('haven.lastCrisisLines')
type Memory = { json?: string; resources?: CrisisResources | null }
const registry = globalThis as { [key]?: Memory }
const memory = (): Memory => (registry[key] ??= {})

/** Records `resources` as the last known crisis lines (memory, and the file when they changed). */
export function rememberCrisisLines(resources: CrisisResources, file = LAST_CRISIS_LINES_FILE): void {
  const json = JSON.stringify(resources)
  const known = memory()
  if (known.json === json) return
  known.json = json
  known.resources = resources
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    // Written whole, then renamed: a reader never sees half a file.
    writeFileSync(`${file}.tmp`, json)
    renameSync(`${file}.tmp`, file)
  } catch (error) {
    console.error(
      JSON.stringify({
        level: 'warn',
        source: 'last-crisis-lines',
        message: `could not keep the crisis lines on disk: ${error instanceof Error ? error.message : String(error)}`,
      }),
    )
  }
}

/** The last known crisis lines: from memory, else from the file (read once), else `null`. */
export function lastCrisisLines(file = LAST_CRISIS_LINES_FILE): CrisisResources | null {
  const known = memory()
  if (known.resources !== undefined) return known.resources
  try {
    const parsed = storedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    known.resources = parsed.success ? parsed.data : null
  } catch {
    known.resources = null
  }
  return known.resources
}

/** Forgets what is in memory (tests). */
export function forgetCrisisLinesInMemory(): void {
  delete registry[key]
}
