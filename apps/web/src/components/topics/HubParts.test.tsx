import '../article/test-env'

import type { TopicNode } from '@haven/schemas'
import axe from 'axe-core'
import { act, render, screen, within } from '@testing-library/react'

import { articleCard, body, paragraph, text } from '../article/fixtures'
import { EditorsPicks, relatedHeading, TopicIntro, TopicLinks } from './HubParts'

const node = (id: number, title: string, path: string): TopicNode => ({
  id,
  title,
  slug: path.split('/').at(-1)!,
  path,
  parent: null,
})

describe('TopicIntro', () => {
  it('renders the editors’ words', () => {
    render(<TopicIntro intro={body(paragraph(text('Anxiety is a normal part of life.')))} />)
    expect(screen.getByText('Anxiety is a normal part of life.')).toBeInTheDocument()
  })

  it('renders nothing without an introduction', () => {
    const { container } = render(<TopicIntro intro={null} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('EditorsPicks', () => {
  it('shows the picks as cards in the given order, under their own heading', () => {
    const picks = [
      articleCard('signs-of-depression', 'Signs of depression'),
      articleCard('what-is-cbt', 'What is CBT?'),
    ]
    render(<EditorsPicks picks={picks} />)
    const section = screen.getByRole('region', { name: 'Editors’ picks' })
    const links = within(section)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'))
    expect([...new Set(links)]).toEqual(['/articles/signs-of-depression', '/articles/what-is-cbt'])
  })

  it('leaves the section out when no pick is left to show', () => {
    const { container } = render(<EditorsPicks picks={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('TopicLinks', () => {
  const topics = [
    node(2, 'Anxiety', 'mental-health/anxiety'),
    node(3, 'Psychotherapy', 'therapy-techniques/psychotherapy'),
  ]

  it('links every topic to its hub', () => {
    render(<TopicLinks id="related-topics" title="Related topics" topics={topics} />)
    const section = screen.getByRole('region', { name: 'Related topics' })
    expect(within(section).getByRole('link', { name: 'Psychotherapy' })).toHaveAttribute(
      'href',
      '/topics/therapy-techniques/psychotherapy',
    )
    expect(within(section).getAllByRole('listitem')).toHaveLength(2)
  })

  it('renders nothing for no topics', () => {
    const { container } = render(<TopicLinks id="x" title="Related topics" topics={[]} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('has no accessibility violations that axe can find without a browser', async () => {
    const { container } = render(
      <main>
        <h1>Mental Health</h1>
        <TopicIntro intro={body(paragraph(text('Where to start.')))} />
        <EditorsPicks picks={[articleCard('signs-of-depression', 'Signs of depression')]} />
        <TopicLinks id="subtopics-heading" title="Topics in Mental Health" topics={topics} />
      </main>,
    )
    const results = await act(() => axe.run(container, { rules: { 'color-contrast': { enabled: false } } }))
    expect(results.violations.map(({ id }) => id)).toEqual([])
  })
})

describe('relatedHeading', () => {
  it.each([
    [true, 'Mental Health', 'Related topics'],
    [false, 'Mental Health', 'More in Mental Health'],
    [false, null, 'More topics'],
  ])('chosen %s under %s: %s', (chosen, parent, heading) => {
    expect(relatedHeading({ chosen }, parent)).toBe(heading)
  })
})
