/**
 * `npm run import:wordpress -- FILE.xml [--uploads DIR] [--dry-run] [--publish …] [--json]`:
 * imports a WordPress export into the configured database (see import.ts). Exits 0 when the import
 * ran (skipped items are in the summary), 1 when it could not run, with one line saying why.
 */
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { invokedFrom } from '../../env'
import { parseImportArgs, usage } from './args'
import { importWordPress, WxrError } from './import'
import { formatSummary, progressLine } from './summary'

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2))
  if ('error' in args) {
    console.error(`import:wordpress: ${args.error}\n${usage}`)
    return 1
  }
  // `npm run -w` starts this in apps/cms; paths on the command line are the caller's (npm's INIT_CWD).
  const cwd = invokedFrom
  args.file = path.resolve(cwd, args.file)
  if (args.uploadsDir) args.uploadsDir = path.resolve(cwd, args.uploadsDir)
  const tty = Boolean(process.stdout.isTTY) && !args.json
  const print = process.stdout.write.bind(process.stdout)
  // Anything else that writes to stdout (a library's console.log) goes to stderr too.
  if (args.json)
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  let last = 0
  const resolved = await config
  // An import changes no code: no regenerating payload-types.ts beside it (Payload does in development).
  resolved.typescript = { ...resolved.typescript, autoGenerate: false }
  // With --json, stdout carries only the one JSON object: Payload's log goes to stderr.
  // (The sanitized config's type marks every pino option as required; pino itself takes any of them.)
  if (args.json)
    resolved.logger = {
      options: { level: 'info' },
      destination: process.stderr,
    } as unknown as typeof resolved.logger
  const payload = await getPayload({ config: resolved })
  try {
    const summary = await importWordPress(payload, {
      file: args.file,
      uploadsDir: args.uploadsDir,
      dryRun: args.dryRun,
      publish: args.publish,
      onProgress: tty
        ? ({ phase, done, total }) => {
            const now = Date.now()
            if (now - last < 100 && done !== total) return
            last = now
            print(`\r${progressLine(phase, done, total)}`)
          }
        : undefined,
    })
    if (tty) print('\r\x1b[2K')
    // Peak resident memory of this process (kB on Linux): the figure that says whether memory grew.
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
    // Waits until the text has left: `process.exit` right after a large write to a pipe cut the JSON
    // of a 10,000-post import short.
    await new Promise<void>((resolve) =>
      print(
        `${args.json ? JSON.stringify({ ...summary, peakRssMb }) : `${formatSummary(summary)}\n  peak memory ${peakRssMb} MB`}\n`,
        () => resolve(),
      ),
    )
    return 0
  } catch (error) {
    if (tty) print('\r\x1b[2K')
    const message = error instanceof Error ? error.message : String(error)
    if (args.json) print(`${JSON.stringify({ error: message })}\n`)
    // The file is read whole before anything is written: an unreadable one stored nothing. A failure
    // while writing (the database itself) leaves what was imported, and a second run resumes.
    console.error(
      error instanceof WxrError
        ? `import:wordpress: ${args.file}: ${message}; nothing was imported`
        : `import:wordpress: ${args.file}: stopped: ${message}; what was imported before stays, and running the same command again resumes`,
    )
    return 1
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import:wordpress: failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
