/**
 * `npm run restore -- <backup folder>`: replaces the configured database and media folder with a
 * backup made by `npm run backup` (see scripts/lib/backup.ts), after checking its engine, schema and
 * checksums; the CMS must be stopped. Then tells the web app to drop its cached pages.
 * `npm run restore -- --drop-web-cache` does only that last step (when the web app was down).
 */
import path from 'node:path'

import { BackupError, dropCmsWebCache, restoreBackup } from './lib/backup'
import { scriptCmsEnv } from './lib/script-env'

const usage = 'usage: npm run restore -- <backup folder>   or   npm run restore -- --drop-web-cache'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const env = scriptCmsEnv()
  if (args[0] === '--drop-web-cache') {
    const dropped = await dropCmsWebCache(env)
    if (!dropped.ok) throw new BackupError(`the web app did not drop its cache: ${dropped.reason}`)
    console.log('restore: the web app dropped its cached pages')
    return 0
  }
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(usage)
    return 2
  }
  const result = await restoreBackup(env, path.resolve(args[0]!))
  console.log(
    `restore: ${result.manifest.engine} database at migration ${result.manifest.migration} (backed up ${result.manifest.createdAt}) and media restored in ${(result.ms / 1000).toFixed(1)} s`,
  )
  for (const kept of result.kept)
    console.log(`  the replaced copy is kept as ${kept} (delete it when you no longer need it)`)
  if (!result.webCache.ok) {
    console.error(
      `restore: the web app was not told to drop its cache (${result.webCache.reason}): its cached pages may still show what the restore removed. npm start drops them when it starts; a web app started otherwise: once it is up, run npm run restore -- --drop-web-cache`,
    )
    return 3
  }
  console.log('  the web app dropped its cached pages')
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`restore: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
