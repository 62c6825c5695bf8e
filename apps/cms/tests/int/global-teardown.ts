import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Removes this run's database folder (global-setup.ts made it, in the same process). */
export default async function globalTeardown(): Promise<void> {
  const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
  rmSync(path.join(rootDir, 'tests/.artifacts', `int-${process.pid}`), { recursive: true, force: true })
}
