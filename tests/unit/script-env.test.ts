import { inheritedEnv, scriptEnv } from '../../scripts/lib/env'

const saved = { ...process.env }
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
})

describe('the tools’ environment (scripts/lib/env.ts)', () => {
  it('reads the ports when asked, so a global setup can set them first', () => {
    delete process.env.HAVEN_E2E_PORT
    expect(scriptEnv().HAVEN_E2E_PORT).toBeUndefined()
    process.env.HAVEN_E2E_PORT = '3700'
    process.env.HAVEN_BENCH_PORT = ''
    const env = scriptEnv()
    expect(env.HAVEN_E2E_PORT).toBe(3700)
    expect(env.HAVEN_BENCH_PORT).toBeUndefined() // empty counts as unset
  })

  it('names a bad port and its rule', () => {
    process.env.HAVEN_BENCH_PORT = 'eighty'
    expect(() => scriptEnv()).toThrow(
      /^HAVEN_BENCH_PORT: must be a port number from 1024 to 65534 \(got "eighty"\)$/,
    )
    process.env.HAVEN_BENCH_PORT = '80'
    expect(() => scriptEnv()).toThrow(/^HAVEN_BENCH_PORT: must be a port number/)
  })

  it('hands a child a copy of the whole environment, not the live object', () => {
    process.env.HAVEN_TEST_MARK = 'x'
    const copy = inheritedEnv()
    expect(copy.HAVEN_TEST_MARK).toBe('x')
    copy.HAVEN_TEST_MARK = 'changed'
    expect(process.env.HAVEN_TEST_MARK).toBe('x')
  })
})
