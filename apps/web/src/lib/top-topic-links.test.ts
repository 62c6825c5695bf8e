import type { MenuNode } from '@haven/schemas'

import { topTopicLinks } from './top-topic-links'

const node = (label: string, href: string | null, children: MenuNode[] = []): MenuNode => ({
  label,
  href,
  children,
})

const tree = [
  node('Mental Health', '/topics/mental-health', [
    node('Anxiety', '/topics/mental-health/anxiety'),
    node('Depression', '/topics/mental-health/depression', [
      node('Deep', '/topics/mental-health/depression/deep'),
    ]),
  ]),
  node('Find a Therapist', '/directory', [node('Join the Directory', '/directory/join')]),
  node('Relationships', null, [node('Intimacy', '/topics/relationships/intimacy')]),
  node('Mental Health again', '/topics/mental-health'),
]

describe('topTopicLinks', () => {
  it.each([
    [
      'top level first, then the level below, each address once',
      8,
      [
        '/topics/mental-health',
        '/topics/mental-health/anxiety',
        '/topics/mental-health/depression',
        '/topics/relationships/intimacy',
        '/topics/mental-health/depression/deep',
      ],
    ],
    ['at most max', 2, ['/topics/mental-health', '/topics/mental-health/anxiety']],
    ['nothing for max 0', 0, []],
  ])('%s', (_name, max, hrefs) => {
    expect(topTopicLinks(tree, max).map((link) => link.href)).toEqual(hrefs)
  })

  it('skips links that are not topics and items without a link', () => {
    expect(topTopicLinks([node('Home', '/'), node('Label only', null)])).toEqual([])
  })

  it('keeps the menu’s label', () => {
    expect(topTopicLinks(tree, 1)).toEqual([{ label: 'Mental Health', href: '/topics/mental-health' }])
  })
})
