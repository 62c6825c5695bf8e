import { safeSitePath, SITE_PATH_MAX_LENGTH } from './site-path'

describe('safeSitePath', () => {
  it.each([
    ['/', '/'],
    ['/articles/emotional-intimacy', '/articles/emotional-intimacy'],
    ['/search?q=anxiety&page=2#results', '/search?q=anxiety&page=2#results'],
    ['/topics/mental-health/../addiction', '/topics/addiction'],
    ['/articles/caf\u00e9', '/articles/caf%C3%A9'],
  ])('accepts %j as %j', (input, path) => {
    expect(safeSitePath(input)).toBe(path)
  })

  it.each([
    // The finding: decoded from ?path=/%5Cevil.example and ?path=/%09/evil.example.
    ['a backslash, which browsers read as /', '/\\evil.example'],
    ['a tab, which browsers drop', '/\t/evil.example'],
    ['a newline (also a header injection)', '/\n/evil.example'],
    ['a carriage return', '/\r\nSet-Cookie: x=1'],
    ['a protocol-relative address', '//evil.example'],
    ['a space', '/ /evil.example'],
    ['a control character', '/\u0000/evil.example'],
    ['an absolute address', 'https://evil.example/'],
    ['a script address', 'javascript:alert(1)'],
    ['a relative path', 'evil.example'],
    ['nothing', ''],
    ['an over-long path', `/${'a'.repeat(SITE_PATH_MAX_LENGTH)}`],
  ])('refuses %s', (_reason, input) => {
    expect(safeSitePath(input)).toBeNull()
  })

  it('refuses a missing path', () => {
    expect(safeSitePath(null)).toBeNull()
    expect(safeSitePath(undefined)).toBeNull()
  })
})
