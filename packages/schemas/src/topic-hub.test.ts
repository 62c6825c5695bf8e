import { lexicalDocumentSchema } from './lexical'
import { hasText, inOrderOf, relationIds, topicHubSchema } from './topic-hub'

const topic = {
  id: 3,
  title: 'Mental Health',
  slug: 'mental-health',
  path: 'mental-health',
  description: null,
  parent: null,
  breadcrumbs: [{ id: 'a', doc: 3, url: '/topics/mental-health', label: 'Mental Health' }],
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  _status: 'published',
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: text ? [{ type: 'text', text, format: 0, version: 1 }] : [],
})
const richText = (...texts: string[]) =>
  lexicalDocumentSchema.parse({ root: { type: 'root', version: 1, children: texts.map(paragraph) } })

describe('topicHubSchema', () => {
  it('reads a topic without intro, picks or related topics as empty lists', () => {
    const parsed = topicHubSchema.parse(topic)
    expect(parsed.intro).toBeUndefined()
    expect(parsed.editorsPicks).toEqual([])
    expect(parsed.relatedTopics).toEqual([])
  })

  it('keeps populated picks and related topics, and the ids of those the reader may not see', () => {
    const parsed = topicHubSchema.parse({
      ...topic,
      intro: richText('Where to start.'),
      editorsPicks: [{ id: 8, title: 'Signs of depression', slug: 'signs-of-depression', summary: 'x' }, 9],
      relatedTopics: [
        { id: 4, title: 'Psychotherapy', slug: 'psychotherapy', path: 'therapy-techniques/psychotherapy' },
      ],
    })
    expect(parsed.editorsPicks).toEqual([
      { id: 8, title: 'Signs of depression', slug: 'signs-of-depression' },
      9,
    ])
    expect(parsed.relatedTopics[0]).toMatchObject({ path: 'therapy-techniques/psychotherapy' })
    expect(hasText(parsed.intro)).toBe(true)
  })

  it('refuses a pick that is neither an id nor an article, naming where', () => {
    const result = topicHubSchema.safeParse({ ...topic, editorsPicks: [{ title: 'no id' }] })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path.slice(0, 2)).toEqual(['editorsPicks', 0])
  })

  it('refuses a related topic with a malformed path', () => {
    const bad = { id: 4, title: 'X', slug: 'x', path: 'Not A Path' }
    expect(topicHubSchema.safeParse({ ...topic, relatedTopics: [bad] }).success).toBe(false)
  })
})

describe('relationIds', () => {
  it('takes ids from documents and bare ids, in order, each once', () => {
    expect(relationIds([{ id: 5 }, 7, { id: 5 }, null, 'abc', undefined])).toEqual([5, 7, 'abc'])
  })
})

describe('inOrderOf', () => {
  it('orders documents by the ids and leaves out ids without a document', () => {
    const docs = [
      { id: 2, t: 'b' },
      { id: 1, t: 'a' },
    ]
    expect(inOrderOf([1, 9, 2], docs).map((d) => d.t)).toEqual(['a', 'b'])
  })
})

describe('hasText', () => {
  it('is false for nothing and for an editor left with an empty paragraph', () => {
    expect(hasText(undefined)).toBe(false)
    expect(hasText(richText(''))).toBe(false)
    expect(hasText(richText('   '))).toBe(false)
  })
  it('is true once a paragraph has words', () => {
    expect(hasText(richText('', 'Hello'))).toBe(true)
  })
})
