/** Talking to the running stack's CMS the way its users and its admin do, for the browser tests. */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { inheritedEnv } from '../../../scripts/lib/env'
import { bin, rootDir, run, toolEnv } from '../../../scripts/lib/proc'
import { stackInfo } from './stack-file'

export type SignedIn = { token: string; user: { id: number; person?: { id: number } | number | null } }

/** Signs a demo account in over REST. */
export async function signIn(email: string): Promise<SignedIn> {
  const response = await fetch(`${stackInfo().cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'haven-demo-password' }),
  })
  if (!response.ok) throw new Error(`sign-in as ${email}: ${response.status} ${await response.text()}`)
  return (await response.json()) as SignedIn
}

/** The id of the person an account is linked to. */
export const personOf = (account: SignedIn): number | undefined =>
  typeof account.user.person === 'object' ? account.user.person?.id : (account.user.person ?? undefined)

const queueScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queue-scheduled-publish.ts')

/**
 * Queues a scheduled publish of an article as `userId`, as the admin's "Schedule publish" drawer does
 * (see queue-scheduled-publish.ts), due `delayMs` after it is queued; resolves to that time.
 */
export async function queueScheduledPublish(
  articleId: number,
  userId: number,
  delayMs: number,
): Promise<Date> {
  const { cmsUrl, webUrl, dir, revalidateSecret } = stackInfo()
  const whenFile = path.join(dir, `scheduled-${articleId}-${Date.now()}.txt`)
  await run(bin('tsx'), [queueScript, String(articleId), String(userId), String(delayMs), whenFile], {
    cwd: rootDir,
    env: toolEnv({
      ...inheritedEnv(),
      NODE_OPTIONS: '',
      NODE_ENV: 'development',
      DATABASE_URI: `file:${path.join(dir, 'haven.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      REVALIDATE_SECRET: revalidateSecret,
      CMS_URL: cmsUrl,
      WEB_URL: webUrl,
    }),
    stdio: 'ignore',
  })
  return new Date(readFileSync(whenFile, 'utf8'))
}
