import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { startStack } from '../../../scripts/lib/stack'
import { stackFile } from './stack-file'

/**
 * Starts production builds of both apps on a fresh, seeded SQLite database: ports 3100/3101, or
 * HAVEN_E2E_PORT and the next one up, so two checkouts can run their browser suites side by side.
 */
export default async function globalSetup(): Promise<void> {
  const webPort = Number(process.env.HAVEN_E2E_PORT ?? 3100)
  if (!Number.isInteger(webPort) || webPort < 1024 || webPort > 65534)
    throw new Error(
      `HAVEN_E2E_PORT must be a port number from 1024 to 65534, got "${process.env.HAVEN_E2E_PORT}"`,
    )
  const stack = await startStack({ name: 'e2e', webPort, cmsPort: webPort + 1 })
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
