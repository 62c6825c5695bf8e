import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const bin = (name: string): string => path.join(rootDir, 'node_modules/.bin', name)

/**
 * NODE_OPTIONS for every Node process that loads the Payload config outside Next's bundler (payload
 * CLI, seed, tests). Lexical's `node` export condition picks its dev or prod build with a top-level
 * `await`; several of those importing each other deadlock Node 20's ESM loader about one run in two
 * (the process hangs, or exits 0 or 13 having done nothing). The `development` condition resolves
 * straight to a build without that wrapper.
 */
export const TOOL_NODE_OPTIONS = '--conditions=development'

/** `env` with {@link TOOL_NODE_OPTIONS} added to whatever NODE_OPTIONS it already has. */
export function toolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = (env.NODE_OPTIONS ?? '').replace(/--experimental-vm-modules/g, '').trim()
  return { ...env, NODE_OPTIONS: `${options} ${TOOL_NODE_OPTIONS}`.trim() }
}

/** Runs a command to completion, inheriting stdio; rejects with a message naming it when it fails. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

/** Starts a long-running process whose output lines are prefixed with its name. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions,
): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
  const prefix = `[${name}] `
  for (const stream of [child.stdout, child.stderr]) {
    let pending = ''
    stream?.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) process.stdout.write(prefix + line + '\n')
    })
  }
  return child
}

/** Polls `url` until it answers 200, or rejects after `timeoutMs`. */
export async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`)
}
