import { documentHref, linkHref, menuTree, navigationSchema } from './navigation'

const topic = { id: 2, title: 'Anxiety', slug: 'anxiety', path: 'mental-health/anxiety' }
const link = (fields: Record<string, unknown>) => ({
  type: 'path',
  topic: null,
  page: null,
  article: null,
  path: null,
  url: null,
  ...fields,
})

describe('documentHref', () => {
  it.each([
    ['articles', { slug: 'emotional-intimacy' }, '/articles/emotional-intimacy'],
    ['pages', { slug: 'about-us' }, '/about-us'],
    ['topics', { slug: 'anxiety', path: 'mental-health/anxiety' }, '/topics/mental-health/anxiety'],
    ['people', { slug: 'maren-okafor' }, '/people/maren-okafor'],
  ] as const)('links %s to their reader-site address', (collection, doc, href) => {
    expect(documentHref(collection, doc)).toBe(href)
  })
})

describe('linkHref', () => {
  it('leads to the populated document, the site path or the URL', () => {
    expect(linkHref({ type: 'topic', topic })).toBe('/topics/mental-health/anxiety')
    expect(linkHref({ type: 'page', page: { id: 1, title: 'About Us', slug: 'about-us' } })).toBe('/about-us')
    expect(linkHref({ type: 'path', path: '/directory/join' })).toBe('/directory/join')
    expect(linkHref({ type: 'url', url: 'https://988lifeline.org' })).toBe('https://988lifeline.org')
  })

  it('gives nothing for a document the reader may not see (only its id came back)', () => {
    expect(linkHref({ type: 'article', article: 12 })).toBeNull()
    expect(linkHref({ type: 'page', page: null })).toBeNull()
  })
})

describe('navigationSchema and menuTree', () => {
  const navigation = navigationSchema.parse({
    id: 1,
    items: [
      {
        label: 'Mental Health',
        link: link({ type: 'topic', topic: { ...topic, slug: 'mental-health', path: 'mental-health' } }),
        children: [
          {
            label: 'Anxiety',
            link: link({ type: 'topic', topic }),
            grandchildren: [
              {
                label: 'Panic',
                link: link({ type: 'topic', topic: 77 }),
                leaves: [{ label: 'Panic vs. Anxiety', link: link({ path: '/search?q=panic' }) }],
              },
            ],
          },
        ],
      },
      { label: 'Therapist Directory', link: link({ path: '/directory' }), children: null },
    ],
    globalType: 'navigation',
  })

  it('reads missing levels as empty', () => {
    expect(navigation.items[1]?.children).toEqual([])
  })

  it('folds the four levels into one tree of labels and addresses', () => {
    expect(menuTree(navigation)).toEqual([
      {
        label: 'Mental Health',
        href: '/topics/mental-health',
        children: [
          {
            label: 'Anxiety',
            href: '/topics/mental-health/anxiety',
            children: [
              {
                label: 'Panic',
                href: null,
                children: [{ label: 'Panic vs. Anxiety', href: '/search?q=panic', children: [] }],
              },
            ],
          },
        ],
      },
      { label: 'Therapist Directory', href: '/directory', children: [] },
    ])
  })
})
