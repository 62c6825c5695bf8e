/** The workspace's root folder and its `.env`, for both apps' `env.ts` (server-only: node:fs). */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Finds the workspace root (the folder whose package.json declares workspaces), walking up from `from`. */
export function findRootDir(from = process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ from)
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown }).workspaces) return dir
      } catch {
        // an unreadable manifest is not the root; keep walking
      }
    }
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from)
    dir = parent
  }
}

/**
 * Outside production, fills unset variables from the workspace's `.env` with Node's own parser
 * (variables already set win). In production nothing is read from files.
 */
export function loadWorkspaceDotEnv(): void {
  if (process.env.NODE_ENV === 'production') return
  const file = path.join(findRootDir(), '.env')
  if (existsSync(file)) process.loadEnvFile(file)
}
