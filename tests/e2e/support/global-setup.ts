import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { startStack } from '../../../scripts/lib/stack'
import { stackFile } from './stack-file'

/** Starts production builds of both apps on a fresh, seeded SQLite database (ports 3100/3101). */
export default async function globalSetup(): Promise<void> {
  const stack = await startStack({ name: 'e2e', webPort: 3100, cmsPort: 3101 })
  ;(globalThis as { __havenStack?: typeof stack }).__havenStack = stack
  writeFileSync(
    stackFile,
    JSON.stringify({
      webUrl: stack.webUrl,
      cmsUrl: stack.cmsUrl,
      dir: stack.dir,
      revalidateSecret: stack.env.REVALIDATE_SECRET,
    }),
  )
  console.log(
    `\ne2e stack up: ${stack.webUrl} and ${stack.cmsUrl} (${path.relative(process.cwd(), stack.dir)})`,
  )
}
