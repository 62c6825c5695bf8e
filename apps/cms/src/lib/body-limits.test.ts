import {
  JSON_BODY_MAX_BYTES,
  JSON_MAX_NESTING,
  MULTIPART_BODY_MAX_BYTES,
  bodyRule,
  jsonBodyRefusal,
  jsonNesting,
  mediaTypeOf,
  withoutSuggestions,
} from './body-limits'

describe('bodyRule', () => {
  const rule = (method: string, contentType: string | null, contentLength: number | null, hasBody = true) =>
    bodyRule({ method, contentType, contentLength, hasBody })

  it.each([
    ['a JSON create', 'POST', 'application/json', 120, { kind: 'json' }],
    ['JSON with a charset', 'PATCH', 'application/json; charset=utf-8', 120, { kind: 'json' }],
    ['a streamed JSON body (no length)', 'PUT', 'application/json', null, { kind: 'json' }],
    ['an upload', 'POST', 'multipart/form-data; boundary=x', 5_000_000, { kind: 'multipart' }],
    // The admin's long reads: POST with X-Payload-HTTP-Method-Override: GET and the query as a form.
    ['a method-override read', 'POST', 'application/x-www-form-urlencoded', 300, { kind: 'form' }],
    ['a GET', 'GET', null, null, { kind: 'none' }],
    ['a POST without a body (logout)', 'POST', 'text/plain', 0, { kind: 'none' }],
  ] as const)('reads %s', (_, method, type, length, expected) => {
    expect(rule(method, type, length)).toEqual(expected)
  })

  it('refuses a text/plain body with 415, naming the types it takes', () => {
    expect(rule('POST', 'text/plain', 5)).toEqual({
      refusal: {
        status: 415,
        message: expect.stringMatching(/^Content-Type must be application\/json .*not "text\/plain"$/),
      },
    })
    expect(rule('POST', null, 5)).toEqual({
      refusal: {
        status: 415,
        message:
          'Content-Type must be application/json (multipart/form-data for uploads), and the request has none',
      },
    })
    expect(rule('POST', null, null, false)).toEqual({ kind: 'none' })
  })

  it('refuses a declared length over the bound with 413', () => {
    expect(rule('POST', 'application/json', JSON_BODY_MAX_BYTES + 1)).toEqual({
      refusal: { status: 413, message: 'The request body is too large: a JSON body may be at most 1 MB' },
    })
    expect(rule('POST', 'application/json', JSON_BODY_MAX_BYTES)).toEqual({ kind: 'json' })
    expect(rule('POST', 'multipart/form-data', MULTIPART_BODY_MAX_BYTES + 1)).toMatchObject({
      refusal: { status: 413 },
    })
  })
})

describe('jsonNesting', () => {
  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    ['"[[[[{{{"', 0],
    ['{"a":"\\"[[["}', 1],
    ['[1,2,3]', 1],
  ])('%s nests %i deep', (text, depth) => {
    expect(jsonNesting(text)).toBe(depth)
  })

  it('stops counting once past the bound', () => {
    expect(jsonNesting('['.repeat(20_000), 100)).toBe(101)
  })
})

describe('jsonBodyRefusal', () => {
  it('refuses JSON nested 20,000 deep without parsing it', () => {
    const text = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)
    expect(jsonBodyRefusal(text)).toEqual({
      status: 400,
      message: `The JSON body nests deeper than ${JSON_MAX_NESTING} levels`,
    })
  })

  it('refuses text that is not JSON, saying why', () => {
    expect(jsonBodyRefusal('{bad')).toEqual({
      status: 400,
      message: expect.stringMatching(/^The request body is not valid JSON \(.+\)$/),
    })
  })

  it('accepts JSON nested as deeply as the bound', () => {
    expect(jsonBodyRefusal('['.repeat(JSON_MAX_NESTING) + ']'.repeat(JSON_MAX_NESTING))).toBeNull()
  })
})

describe('mediaTypeOf', () => {
  it('drops parameters and case', () => {
    expect(mediaTypeOf('Application/JSON; charset=UTF-8')).toBe('application/json')
    expect(mediaTypeOf(null)).toBe('')
  })
})

describe('withoutSuggestions', () => {
  it.each([
    [
      'Cannot query field "RateLimit" on type "Query". Did you mean "RateLimitHit" or "RateLimitHits"?',
      'Cannot query field "RateLimit" on type "Query".',
    ],
    ['Unknown type "Subscribr". Did you mean "Subscriber"?', 'Unknown type "Subscribr".'],
    [
      'Cannot query field "x" on type "Y". Did you mean to use an inline fragment on "Z"?',
      'Cannot query field "x" on type "Y".',
    ],
    ['Something else.', 'Something else.'],
  ])('%s', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected)
  })
})
