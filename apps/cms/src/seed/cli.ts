/**
 * `npm run seed [-- --force]`: seeds the demo accounts and content into the configured database.
 * `--once` (used by `npm start`) seeds only an empty database and otherwise does nothing.
 * Without `--force` it refuses to touch a database that already holds content.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '../env'
import { isEmpty, seed, wipe } from './index'

const args = new Set(process.argv.slice(2))
const once = args.has('--once')
const force = args.has('--force')

async function main(): Promise<number> {
  if (env.NODE_ENV === 'production') {
    console.error('seed: refusing to seed demo accounts with NODE_ENV=production')
    return 1
  }
  const payload = await getPayload({ config })
  try {
    const empty = await isEmpty(payload)
    if (!empty) {
      if (once) {
        console.log('seed: the database already holds content; leaving it as it is')
        return 0
      }
      if (!force) {
        console.error('seed: the database is not empty; run `npm run seed -- --force` to wipe and reseed it')
        return 1
      }
      console.log('seed: --force given, wiping seeded collections')
      await wipe(payload)
    }
    const started = performance.now()
    const counts = await seed(payload)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `seed: done in ${seconds} s (${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')})`,
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`seed: failed: ${error instanceof Error ? error.message : String(error)}`)
    if (error instanceof Error && error.cause) console.error(error.cause)
    process.exit(1)
  },
)
