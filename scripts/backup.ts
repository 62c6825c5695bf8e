/**
 * `npm run backup [-- <folder>]`: a consistent copy of the configured database and the media folder
 * (see scripts/lib/backup.ts), by default into `backups/haven-<engine>-<time>/`. Safe while the CMS
 * runs. Prints the folder, its size and the time it took.
 */
import path from 'node:path'

import { BackupError, createBackup } from './lib/backup'
import { rootDir } from './lib/proc'
import { scriptCmsEnv } from './lib/script-env'

async function main(): Promise<void> {
  const env = scriptCmsEnv()
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
  const dir = path.resolve(
    process.argv[2] ?? path.join(rootDir, 'backups', `haven-${env.databaseKind}-${stamp}`),
  )
  const result = await createBackup(env, dir)
  const mediaFiles = result.manifest.files.filter((file) => file.path.startsWith('media/')).length
  console.log(
    `backup: ${result.manifest.engine} database at migration ${result.manifest.migration} and ${mediaFiles} media files, ${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${(result.ms / 1000).toFixed(1)} s\n  ${result.dir}`,
  )
}

main().catch((error: unknown) => {
  console.error(
    `backup: ${error instanceof BackupError ? error.message : error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
})
