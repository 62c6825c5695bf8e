import { topicDirectoryLink } from './topic-therapists'

const crumbs = (...labels: string[]) => labels.map((label) => ({ label }))

describe('topicDirectoryLink', () => {
  it.each([
    ['mental-health/anxiety', crumbs('Mental Health', 'Anxiety'), { issue: 'anxiety' }, 'Anxiety'],
    [
      'mental-health/anxiety/panic-attacks',
      crumbs('Mental Health', 'Anxiety', 'Panic Attacks'),
      { issue: 'anxiety' },
      'Anxiety',
    ],
    [
      'therapy-techniques/cognitive-behavioral-therapy-cbt',
      crumbs('Therapy Techniques', 'Cognitive Behavioral Therapy (CBT)'),
      { approach: 'cognitive-behavioral-therapy-cbt' },
      'Cognitive Behavioral Therapy (CBT)',
    ],
  ])('%s searches the directory by its second-level topic', (path, breadcrumbs, params, about) => {
    expect(topicDirectoryLink(path, breadcrumbs)).toEqual({ kind: 'filter', params, about })
  })

  it.each([
    ['mental-health', crumbs('Mental Health')],
    ['therapy-techniques', crumbs('Therapy Techniques')],
    ['relationships/dating', crumbs('Relationships', 'Dating')],
  ])('%s links to the whole directory (no one filter fits)', (path, breadcrumbs) => {
    expect(topicDirectoryLink(path, breadcrumbs)).toEqual({ kind: 'directory' })
  })

  it('falls back to the slug when the breadcrumbs lack the label', () => {
    expect(topicDirectoryLink('mental-health/adhd', [])).toEqual({
      kind: 'filter',
      params: { issue: 'adhd' },
      about: 'adhd',
    })
  })
})
