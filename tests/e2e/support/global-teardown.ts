import type { ChildProcess } from 'node:child_process'

import { stopChildren } from '../../../scripts/lib/stack'

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __havenStack?: { children: ChildProcess[] } }).__havenStack
  if (stack) stopChildren(stack.children)
}
