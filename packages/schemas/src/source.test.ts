import { articleSchema } from './article'
import {
  articleSourceSchema,
  citationCounts,
  doiProblem,
  doiUrl,
  MAX_SOURCES,
  missingCitations,
  pmidProblem,
  pubmedUrl,
  sourceTextProblem,
  sourceUrlProblem,
  sourceYearProblem,
  splitCitations,
} from './source'

const nimh = {
  title: 'Anxiety Disorders',
  publisher: 'National Institute of Mental Health',
  url: 'https://www.nimh.nih.gov/health/topics/anxiety-disorders',
}

describe('the rules of a source', () => {
  it.each([['10.1000/xyz123'], ['10.1371/journal.pone.0123456'], ['10.123456789/a(b)c;d']])(
    'accepts the DOI %j',
    (doi) => expect(doiProblem(doi)).toBeNull(),
  )
  it.each([
    ['https://doi.org/10.1000/xyz123'],
    ['doi:10.1000/xyz123'],
    ['10.100/xyz'],
    ['10.1234567890/xyz'],
    ['10.1000/'],
    ['10.1000/has space'],
    ['11.1000/xyz'],
  ])('refuses the DOI %j, saying how to write one', (doi) =>
    expect(doiProblem(doi)).toMatch(/is not a DOI; write it as 10\./),
  )

  it.each([['1'], ['31415926']])('accepts the PMID %j', (pmid) => expect(pmidProblem(pmid)).toBeNull())
  it.each([['123456789'], ['PMID12345'], ['12 34'], ['-1'], ['1.5']])('refuses the PMID %j', (pmid) =>
    expect(pmidProblem(pmid)).toMatch(/is not a PMID; it is 1 to 8 digits/),
  )

  it('leaves DOI, PMID and year optional', () => {
    for (const empty of [undefined, null, '']) {
      expect(doiProblem(empty)).toBeNull()
      expect(pmidProblem(empty)).toBeNull()
      expect(sourceYearProblem(empty)).toBeNull()
    }
  })

  it('takes a year from 1800 to this one, never a future year or a fraction', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    expect(sourceYearProblem(1800, now)).toBeNull()
    expect(sourceYearProblem(2026, now)).toBeNull()
    expect(sourceYearProblem(1799, now)).toMatch(/must be 1800 or later \(got 1799\)/)
    expect(sourceYearProblem(2027, now)).toMatch(/cannot be in the future \(got 2027; this year is 2026\)/)
    expect(sourceYearProblem(2020.5, now)).toMatch(/whole year/)
    expect(sourceYearProblem('2020', now)).toMatch(/whole year/)
  })

  it('wants an https URL that parses', () => {
    expect(sourceUrlProblem(nimh.url)).toBeNull()
    expect(sourceUrlProblem('http://www.nimh.nih.gov/')).toMatch(
      /must start with https:\/\/ \(got http:\/\/\)/,
    )
    expect(sourceUrlProblem('www.nimh.nih.gov')).toMatch(/is not a valid URL/)
    expect(sourceUrlProblem('javascript:alert(1)')).toMatch(/must start with https/)
    expect(sourceUrlProblem('')).toBe('is required')
  })

  it('wants a title and a publisher that are not blank', () => {
    expect(sourceTextProblem('NIMH')).toBeNull()
    expect(sourceTextProblem('  ')).toBe('is required')
    expect(sourceTextProblem('x'.repeat(301))).toMatch(/at most 300/)
  })
})

describe('articleSourceSchema', () => {
  it('parses a source with and without its optional fields', () => {
    expect(articleSourceSchema.parse(nimh)).toEqual(nimh)
    const paper = { ...nimh, year: 2020, doi: '10.1000/xyz123', pmid: '123', id: 'abc' }
    expect(articleSourceSchema.parse(paper)).toEqual(paper)
  })

  it('refuses a source that breaks a rule, on the field that breaks it', () => {
    const result = articleSourceSchema.safeParse({ ...nimh, url: 'http://x.org', doi: 'doi:1' })
    expect(result.success).toBe(false)
    const issues = result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])
    expect(issues).toEqual([
      ['url', expect.stringMatching(/https/)],
      ['doi', expect.stringMatching(/not a DOI/)],
    ])
  })

  it('links a DOI and a PMID where readers can resolve them', () => {
    expect(doiUrl('10.1000/xyz123')).toBe('https://doi.org/10.1000/xyz123')
    expect(pubmedUrl('123')).toBe('https://pubmed.ncbi.nlm.nih.gov/123/')
  })
})

describe('an article’s sources', () => {
  const stamp = '2026-01-01T00:00:00.000Z'
  const article = {
    id: 1,
    title: 'T',
    slug: 't',
    summary: 'S',
    heroImage: 1,
    authors: [1],
    topics: [1],
    publishedAt: stamp,
    updatedAt: stamp,
    createdAt: stamp,
    body: { root: { type: 'root', children: [] } },
  }
  it('are an empty list when the article has none', () => {
    expect(articleSchema.parse(article).sources).toEqual([])
    expect(articleSchema.parse({ ...article, sources: null }).sources).toEqual([])
  })
  it(`are at most ${MAX_SOURCES}`, () => {
    const many = Array.from({ length: MAX_SOURCES + 1 }, () => nimh)
    expect(articleSchema.safeParse({ ...article, sources: many }).success).toBe(false)
    expect(articleSchema.parse({ ...article, sources: many.slice(1) }).sources).toHaveLength(MAX_SOURCES)
  })
})

describe('citation markers', () => {
  it('split a text into words and citations, in order', () => {
    expect(splitCitations('Common[^1], treatable[^2][^12].')).toEqual([
      { text: 'Common' },
      { source: 1, marker: '[^1]' },
      { text: ', treatable' },
      { source: 2, marker: '[^2]' },
      { source: 12, marker: '[^12]' },
      { text: '.' },
    ])
    expect(splitCitations('no citation [1] or [^x] here')).toEqual([{ text: 'no citation [1] or [^x] here' }])
  })

  it('count how often each source is cited, and which numbers name no source', () => {
    const texts = ['a[^1] b[^3]', 'c[^1]', 'd[^0] e[^7]']
    expect([...citationCounts(texts)]).toEqual([
      [1, 2],
      [3, 1],
      [0, 1],
      [7, 1],
    ])
    expect(missingCitations(texts, 3)).toEqual([0, 7])
    expect(missingCitations(texts, 7)).toEqual([0])
    expect(missingCitations(['none'], 0)).toEqual([])
  })
})
