import { contentFingerprint, nextReviewDue, publicationChange } from './workflow'

describe('nextReviewDue', () => {
  it('adds the interval in months to the last review', () => {
    expect(nextReviewDue(new Date('2025-03-10T09:00:00.000Z'), 12).toISOString()).toBe(
      '2026-03-10T09:00:00.000Z',
    )
    expect(nextReviewDue(new Date('2025-11-15T09:00:00.000Z'), 6).toISOString()).toBe(
      '2026-05-15T09:00:00.000Z',
    )
  })

  it('keeps to the last day of a shorter month', () => {
    expect(nextReviewDue(new Date('2025-08-31T09:00:00.000Z'), 6).toISOString()).toBe(
      '2026-02-28T09:00:00.000Z',
    )
  })
})

describe('contentFingerprint', () => {
  const article = {
    title: 'What is CBT?',
    summary: 'A short guide.',
    body: { root: { type: 'root', children: [{ type: 'text', text: 'Hello' }] } },
    heroImage: 3,
    authors: [1],
    reviewers: [5],
    topics: [7],
  }

  it('is the same for populated and unpopulated relationships, and for key order', () => {
    const populated = {
      topics: [{ id: 7, title: 'Anxiety' }],
      reviewers: [{ id: 5, name: 'Tomás' }],
      authors: [{ id: 1 }],
      heroImage: { id: 3, alt: 'x' },
      body: { root: { children: [{ text: 'Hello', type: 'text' }], type: 'root' } },
      summary: 'A short guide.',
      title: 'What is CBT?',
    }
    expect(contentFingerprint(populated)).toBe(contentFingerprint(article))
  })

  it('changes with anything readers see, and not with SEO fields or internal notes', () => {
    const base = contentFingerprint(article)
    expect(contentFingerprint({ ...article, summary: 'A longer guide.' })).not.toBe(base)
    expect(contentFingerprint({ ...article, reviewers: [5, 6] })).not.toBe(base)
    expect(contentFingerprint({ ...article, body: { root: { type: 'root', children: [] } } })).not.toBe(base)
    expect(
      contentFingerprint({ ...article, meta: { title: 'SEO' }, internalNotes: 'x', featured: true }),
    ).toBe(base)
  })

  it('changes with what a source says, not with its row id, and not when an article has none', () => {
    const source = {
      id: 'row-a',
      title: 'Depression',
      publisher: 'National Institute of Mental Health',
      year: null,
      url: 'https://www.nimh.nih.gov/health/topics/depression',
      doi: null,
      pmid: null,
    }
    const base = contentFingerprint(article)
    expect(contentFingerprint({ ...article, sources: [] })).toBe(base)
    const cited = contentFingerprint({ ...article, sources: [source] })
    expect(cited).not.toBe(base)
    expect(contentFingerprint({ ...article, sources: [{ ...source, id: 'row-b', doi: '' }] })).toBe(cited)
    expect(contentFingerprint({ ...article, sources: [{ ...source, year: 2024 }] })).not.toBe(cited)
    expect(
      contentFingerprint({ ...article, sources: [{ ...source, url: 'https://www.nimh.nih.gov/' }] }),
    ).not.toBe(cited)
    expect(contentFingerprint({ ...article, sources: [source, { ...source, title: 'B' }] })).not.toBe(
      contentFingerprint({ ...article, sources: [{ ...source, title: 'B' }, source] }),
    )
  })
})

describe('publicationChange', () => {
  // first publication, content changed, new approval, without review → what the public history says
  it.each([
    [true, true, true, false, 'published'],
    [true, true, false, true, 'published-without-review'],
    [false, true, true, false, 'updated'],
    [false, true, false, true, 'published-without-review'],
    [false, false, true, false, 'reviewed'],
    // Only `featured`, SEO fields or notes changed, or the same version scheduled again: no entry.
    [false, false, false, false, null],
    [false, false, false, true, null],
  ] as const)(
    'first %s, changed %s, new approval %s, without review %s: %s',
    (firstPublication, contentChanged, newApproval, withoutReview, expected) => {
      expect(publicationChange({ firstPublication, contentChanged, newApproval, withoutReview })).toBe(
        expected,
      )
    },
  )
})
