import type { TopicNode } from '@haven/schemas'

import { ancestorsNearestFirst, childrenOf, hubPageNumber, relatedTopicsOf, subtreeIds } from './topic-tree'

const topic = (id: number, title: string, parent: number | null = null): TopicNode => ({
  id,
  title,
  slug: title.toLowerCase(),
  path: title.toLowerCase(),
  parent,
})

// Mental Health > Anxiety > Panic, Mental Health > Depression; Relationships alone.
const tree = [
  topic(1, 'Mental Health'),
  topic(2, 'Depression', 1),
  topic(3, 'Anxiety', 1),
  topic(4, 'Panic', 3),
  topic(5, 'Relationships'),
]

describe('subtreeIds', () => {
  it.each([
    ['a root: itself, then its children, then theirs', 1, [1, 2, 3, 4]],
    ['a middle topic', 3, [3, 4]],
    ['a leaf: only itself', 4, [4]],
    ['a topic not in the tree: only itself', 99, [99]],
  ])('%s', (_name, id, ids) => {
    expect(subtreeIds(tree, id)).toEqual(ids)
  })

  it('ends at a parent loop instead of hanging', () => {
    const loop = [topic(1, 'A', 2), topic(2, 'B', 1)]
    expect(subtreeIds(loop, 1)).toEqual([1, 2])
  })

  it('matches ids whether the CMS sends numbers or strings', () => {
    expect(subtreeIds([{ ...topic(2, 'B'), parent: '1' }], 1)).toEqual([1, 2])
  })
})

describe('ancestorsNearestFirst', () => {
  it.each([
    ['a leaf: its parent first, the root last', 4, [3, 1]],
    ['a child of a root', 2, [1]],
    ['a root: none', 1, []],
    ['a topic whose parent is not published: none', 6, []],
  ])('%s', (_name, id, ids) => {
    const withOrphan = [...tree, topic(6, 'Orphan', 42)]
    expect(ancestorsNearestFirst(withOrphan, id).map((node) => node.id)).toEqual(ids)
  })

  it('ends at a parent loop instead of hanging', () => {
    const loop = [topic(1, 'A', 2), topic(2, 'B', 1)]
    expect(ancestorsNearestFirst(loop, 1).map((node) => node.id)).toEqual([2])
  })
})

describe('childrenOf', () => {
  it('lists the topics directly under one, by title', () => {
    expect(childrenOf(tree, 1).map((node) => node.title)).toEqual(['Anxiety', 'Depression'])
    expect(childrenOf(tree, 4)).toEqual([])
  })
})

describe('hubPageNumber', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['999999', 999999],
    ['0', null],
    ['01', null],
    ['-1', null],
    ['1.5', null],
    ['two', null],
    ['1000000', null],
    ['', null],
  ])('%j → %j', (raw, page) => {
    expect(hubPageNumber(raw)).toBe(page)
  })
})

describe('relatedTopicsOf', () => {
  it('keeps the editors’ related topics in their order, leaving out itself and any not in the tree', () => {
    const related = relatedTopicsOf(tree, 3, [5, 3, 99, 2])
    expect(related).toEqual({ topics: [tree[4], tree[1]], chosen: true })
  })

  it('offers the siblings, by title, when the editors chose none', () => {
    expect(relatedTopicsOf(tree, 2, [])).toEqual({ topics: [tree[2]], chosen: false })
    // A root topic's siblings are the other roots.
    expect(relatedTopicsOf(tree, 5, []).topics.map((t) => t.id)).toEqual([1])
  })

  it('falls back to the siblings when every chosen topic is gone', () => {
    expect(relatedTopicsOf(tree, 4, [99]).chosen).toBe(false)
  })
})
