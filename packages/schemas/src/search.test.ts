import { highlightParts, searchParamsSchema, searchWords, snippetAround } from './search'

describe('search parameters', () => {
  it('trims the words, folds runs of spaces and defaults to the first page', () => {
    expect(searchParamsSchema.parse({ q: '  panic   attacks ' })).toEqual({ q: 'panic attacks', page: 1 })
  })

  it('treats SQL wildcards as spaces, so "%" cannot match everything', () => {
    expect(searchParamsSchema.parse({ q: '%_\\' }).q).toBe('')
    expect(searchParamsSchema.parse({ q: 'self%care' }).q).toBe('self care')
  })

  it('refuses a query over 100 characters, naming the field and the rule', () => {
    const result = searchParamsSchema.safeParse({ q: 'a'.repeat(101) })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('q: a search can be at most 100 characters long')
  })

  it('refuses a page that is not a whole number from 1', () => {
    for (const page of ['0', '-2', '1.5', 'two']) {
      const result = searchParamsSchema.safeParse({ q: 'x', page })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('page: must be a whole number from 1')
    }
    expect(searchParamsSchema.parse({ q: 'x', page: '3' }).page).toBe(3)
  })
})

describe('search words and snippets', () => {
  it('lower-cases and de-duplicates the words', () => {
    expect(searchWords('Sleep sleep CBT')).toEqual(['sleep', 'cbt'])
  })

  it('cuts a snippet around the first match at word boundaries, with ellipses where it cut', () => {
    const text = `${'calm '.repeat(40)}the insomnia returns at night ${'quiet '.repeat(40)}`.trim()
    const snippet = snippetAround(text, ['insomnia'], 30)
    expect(snippet).toMatch(/^…/)
    expect(snippet).toMatch(/…$/)
    expect(snippet).toContain('the insomnia returns at')
    expect(
      snippet
        ?.replace(/…/g, '')
        .split(' ')
        .every((word) => ['calm', 'the', 'insomnia', 'returns', 'at', 'night', 'quiet'].includes(word)),
    ).toBe(true)
  })

  it('returns no snippet when no word occurs, and the whole text when it is short', () => {
    expect(snippetAround('Nothing to see', ['anxiety'])).toBeNull()
    expect(snippetAround('Short anxiety note', ['anxiety'])).toBe('Short anxiety note')
  })

  it('splits text into matching and plain parts, case-insensitively', () => {
    expect(highlightParts('Sleep and more sleep', ['sleep'])).toEqual([
      { text: 'Sleep', match: true },
      { text: ' and more ', match: false },
      { text: 'sleep', match: true },
    ])
    expect(highlightParts('a.b (c)', ['(c)'])).toEqual([
      { text: 'a.b ', match: false },
      { text: '(c)', match: true },
    ])
  })
})
