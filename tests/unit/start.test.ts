import { spawnSync } from 'node:child_process'
import path from 'node:path'

const rootDir = path.resolve(__dirname, '../..')

/** Runs `npm start`'s script with the given environment (secrets set, so no .env is written). */
function start(env: Record<string, string>) {
  const environment = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PAYLOAD_SECRET: 'p'.repeat(40),
    REVALIDATE_SECRET: 'r'.repeat(40),
    ...env,
  } as unknown as NodeJS.ProcessEnv
  const result = spawnSync(path.join(rootDir, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: rootDir,
    env: environment,
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() }
}

describe('npm start', () => {
  it('stops before building, with one line naming DATABASE_URI and the accepted forms, when the URI is bogus', () => {
    const { code, stderr, stdout } = start({ DATABASE_URI: 'bogus://x' })
    expect(code).not.toBe(0)
    expect(stderr.split('\n')).toEqual([
      'Haven cannot start: DATABASE_URI: must be one of file:<path> (SQLite), mongodb:// or mongodb+srv:// (MongoDB), postgres:// or postgresql:// (PostgreSQL) (got "bogus://x")',
    ])
    expect(stdout).not.toMatch(/Building/)
  })

  it('refuses to start in production without the secrets, naming them', () => {
    const { code, stderr } = start({ NODE_ENV: 'production', PAYLOAD_SECRET: '', REVALIDATE_SECRET: '' })
    expect(code).not.toBe(0)
    expect(stderr).toMatch(
      /^Haven cannot start: PAYLOAD_SECRET: is required .*REVALIDATE_SECRET: is required/,
    )
    expect(stderr.split('\n')).toHaveLength(1)
  })

  it('refuses a secret that is too short, without printing it', () => {
    const { code, stderr } = start({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short-secret-value' })
    expect(code).not.toBe(0)
    expect(stderr).toContain('PAYLOAD_SECRET: must be at least 32 characters long')
    expect(stderr).not.toContain('short-secret-value')
  })

  it('refuses a port that is not one before building, naming the variable', () => {
    const { code, stderr, stdout } = start({
      WEB_PORT: 'eighty',
      DATABASE_URI: 'file:/tmp/haven-port-check.db',
    })
    expect(code).not.toBe(0)
    expect(stderr.split('\n')).toEqual([
      'Haven cannot start: WEB_PORT: must be a port number from 1 to 65535 (got "eighty")',
    ])
    expect(stdout).not.toMatch(/Building/)
  })
})
