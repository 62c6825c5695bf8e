import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const stackFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../.artifacts/e2e-stack.json',
)

export type StackInfo = { webUrl: string; cmsUrl: string; dir: string; revalidateSecret: string }

/** The running stack's addresses, written by the global setup. */
export function stackInfo(): StackInfo {
  return JSON.parse(readFileSync(stackFile, 'utf8')) as StackInfo
}
