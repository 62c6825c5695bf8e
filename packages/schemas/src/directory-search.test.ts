import {
  directorySearchQuery,
  parseDirectoryLocation,
  parseDirectorySearch,
  widenSuggestions,
} from './directory-search'

describe('parseDirectorySearch', () => {
  it('reads every filter of the query string', () => {
    const result = parseDirectorySearch(
      new URLSearchParams(
        'location=10001&radius=10&online=1&issue=anxiety&approach=cognitive-behavioral-therapy-cbt&insurance=Aetna&maxFee=150&slidingScale=1&language=Spanish&gender=woman&age=teens&accepting=1&page=2&utm_source=x',
      ),
    )
    expect(result).toEqual({
      ok: true,
      params: {
        location: '10001',
        radius: 10,
        online: true,
        issue: 'anxiety',
        approach: 'cognitive-behavioral-therapy-cbt',
        insurance: 'Aetna',
        maxFee: 150,
        slidingScale: true,
        language: 'Spanish',
        gender: 'woman',
        age: 'teens',
        accepting: true,
        page: 2,
      },
    })
  })

  it('treats the empty fields of a submitted form as off', () => {
    const result = parseDirectorySearch(new URLSearchParams('location=&issue=&insurance=&maxFee=&online=0'))
    expect(result.ok && result.params).toMatchObject({ online: false, slidingScale: false, accepting: false })
    expect(result.ok && result.params.issue).toBeUndefined()
    expect(result.ok && result.params.maxFee).toBeUndefined()
  })

  it.each([
    ['maxFee=cheap', 'maxFee', 'maxFee: must be a whole number from 0 to 1000'],
    ['maxFee=5000', 'maxFee', 'maxFee: must be a whole number from 0 to 1000'],
    ['page=0', 'page', 'page: must be a whole number from 1 to 100'],
    ['page=101', 'page', 'page: must be a whole number from 1 to 100'],
    ['radius=500', 'radius', 'radius: must be a whole number from 1 to 100'],
    ['online=yes', 'online', 'online: must be 1 (on) or 0 (off)'],
    ['insurance=Acme', 'insurance', 'insurance: must be one of Aetna, Blue Cross Blue Shield'],
    ['gender=other', 'gender', 'gender: must be one of woman, man, non-binary'],
    ['age=baby', 'age', 'age: must be one of children, teens, adults, older-adults'],
    ['language=Klingon', 'language', 'language: must be one of English, Spanish'],
    ['issue=Not%20A%20Slug', 'issue', 'issue: '],
    [`location=${'x'.repeat(81)}`, 'location', 'location: at most 80 characters'],
  ])('refuses %s, naming %s', (query, param, message) => {
    const result = parseDirectorySearch(new URLSearchParams(query))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.param).toBe(param)
    expect(result.message.startsWith(message)).toBe(true)
  })
})

describe('parseDirectoryLocation', () => {
  it.each([
    ['', { kind: 'none' }],
    ['10001', { kind: 'zip', zip: '10001' }],
    ['ny', { kind: 'state', state: 'NY' }],
    ['Texas', { kind: 'state', state: 'TX' }],
    ['Austin, TX', { kind: 'city', city: 'Austin', state: 'TX' }],
    ['Portland', { kind: 'city', city: 'Portland' }],
  ])('%j is %j', (text, expected) => expect(parseDirectoryLocation(text)).toEqual(expected))
})

describe('directorySearchQuery', () => {
  it('writes one canonical query per filter set (order fixed, off filters and page 1 left out)', () => {
    expect(directorySearchQuery({ page: 1, accepting: true, location: '10001', online: false })).toBe(
      'location=10001&accepting=1',
    )
    expect(directorySearchQuery({ maxFee: 0, page: 3 })).toBe('maxFee=0&page=3')
  })
})

describe('widenSuggestions', () => {
  it('names each filter that is on, the radius first', () => {
    const parsed = parseDirectorySearch(
      new URLSearchParams('location=10001&accepting=1&maxFee=90&gender=man'),
    )
    expect(parsed.ok && widenSuggestions(parsed.params)).toEqual([
      'a larger radius than 25 miles',
      'therapists who see clients online in your state',
      'therapists whose availability is not confirmed this month',
      'a fee above $90',
      'any gender',
    ])
  })
})
