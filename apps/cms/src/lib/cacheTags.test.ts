import { documentTags, linksTo } from './cacheTags'

describe('documentTags', () => {
  it('names the collection and the document under its new and old key', () => {
    expect(documentTags('articles', { slug: 'new' }, { slug: 'old' })).toEqual([
      'articles',
      'articles:new',
      'articles:old',
    ])
    expect(documentTags('topics', { path: 'mental-health/ocd' })).toEqual([
      'topics',
      'topics:mental-health/ocd',
    ])
  })
})

describe('linksTo', () => {
  const menu = {
    items: [
      { label: 'Topics', link: { type: 'topic', topic: 3 }, children: [] },
      {
        label: 'About',
        link: { type: 'path', path: '/about' },
        children: [
          { label: 'Team', link: { type: 'page', page: { id: 12, slug: 'team' } }, grandchildren: [] },
        ],
      },
    ],
  }

  it('finds a link to the document at any depth, by id or populated', () => {
    expect(linksTo(menu, 'topics', 3)).toBe(true)
    expect(linksTo(menu, 'pages', 12)).toBe(true)
    expect(linksTo(menu, 'pages', '12')).toBe(true)
  })

  it('does not confuse the same id in another collection, or a link of another kind', () => {
    expect(linksTo(menu, 'articles', 3)).toBe(false)
    expect(linksTo(menu, 'pages', 3)).toBe(false)
    expect(linksTo(menu, 'topics', 12)).toBe(false)
  })

  it('answers false for collections menus cannot link to and for documents without an id', () => {
    expect(linksTo(menu, 'people', 3)).toBe(false)
    expect(linksTo(menu, 'topics', undefined)).toBe(false)
    expect(linksTo(null, 'topics', 3)).toBe(false)
  })
})
