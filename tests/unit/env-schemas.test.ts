import { parseCmsEnv } from '../../apps/cms/src/env-schema'
import { parseWebEnv } from '../../apps/web/src/env-schema'

const secrets = { PAYLOAD_SECRET: 'p'.repeat(40), REVALIDATE_SECRET: 'r'.repeat(40) }

describe('the apps’ environment', () => {
  it('trusts no proxy unless told, and names TRUSTED_PROXY_HOPS and its rule when it is not a count', () => {
    expect(parseCmsEnv(secrets).TRUSTED_PROXY_HOPS).toBe(0)
    expect(parseWebEnv(secrets).TRUSTED_PROXY_HOPS).toBe(0)
    expect(parseWebEnv({ ...secrets, TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2)
    for (const bad of ['-1', '1.5', 'all'])
      expect(() => parseCmsEnv({ ...secrets, TRUSTED_PROXY_HOPS: bad })).toThrow(
        new RegExp(
          `^TRUSTED_PROXY_HOPS: must be a whole number of proxies .* \\(got "${bad.replace('.', '\\.')}"\\)$`,
        ),
      )
  })

  it('takes a session cookie domain, and names SESSION_COOKIE_DOMAIN when it is not a domain', () => {
    expect(parseCmsEnv({ ...secrets, SESSION_COOKIE_DOMAIN: 'haven.org' }).SESSION_COOKIE_DOMAIN).toBe(
      'haven.org',
    )
    expect(parseCmsEnv(secrets).SESSION_COOKIE_DOMAIN).toBeUndefined()
    expect(() => parseCmsEnv({ ...secrets, SESSION_COOKIE_DOMAIN: 'https://haven.org' })).toThrow(
      /^SESSION_COOKIE_DOMAIN: must be a domain such as haven.org/,
    )
  })
})
