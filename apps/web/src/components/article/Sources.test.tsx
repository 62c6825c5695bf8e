import './test-env'

import { articleSourceSchema, type ArticleSource } from '@haven/schemas'
import axe from 'axe-core'
import { act, render, screen, within } from '@testing-library/react'

import { block, body, link, paragraph, root, text } from './fixtures'
import { RichText } from './RichText'
import { Sources } from './Sources'

const sources: ArticleSource[] = [
  {
    title: 'Psychotherapies',
    publisher: 'National Institute of Mental Health',
    url: 'https://www.nimh.nih.gov/health/topics/psychotherapies',
  },
  {
    title: 'A study of something',
    publisher: 'Journal of Examples',
    year: 2020,
    url: 'https://journal.example/articles/1',
    doi: '10.1000/xyz123',
    pmid: '31415926',
  },
].map((source) => articleSourceSchema.parse(source))

const article = body(
  paragraph(text('Therapy can help with relationship problems.[^1] It is well studied.[^2]')),
  block({
    blockType: 'callout',
    tone: 'seek-help',
    title: 'When a professional can help',
    body: root(paragraph(text('Couples therapy offers a neutral space.[^1] Not a source: [^9].'))),
  }),
)

function renderArticle(cited = article) {
  return render(
    <article>
      <h1>Therapy</h1>
      <RichText body={cited} sourceCount={sources.length} />
      <Sources sources={sources} body={cited} />
    </article>,
  )
}

describe('citations and the Sources section', () => {
  it('turns each [^n] into a superscript link to source n, numbered per source, in blocks too', () => {
    const { container } = renderArticle()
    const citations = [...container.querySelectorAll('sup.article-citation a')]
    expect(citations.map((a) => [a.getAttribute('href'), a.id, a.textContent])).toEqual([
      ['#source-1', 'cite-1-1', 'Source 1'],
      ['#source-2', 'cite-2-1', 'Source 2'],
      ['#source-1', 'cite-1-2', 'Source 1'],
    ])
    // A number that names no source stays as written.
    expect(screen.getByText(/Not a source: \[\^9\]\./)).toBeInTheDocument()
  })

  it('lists the sources in order, each linking back to every place that cites it', () => {
    renderArticle()
    const section = screen.getByRole('region', { name: 'Sources' })
    const items = within(section).getAllByRole('listitem')
    expect(items.map((item) => item.id)).toEqual(['source-1', 'source-2'])

    const first = within(items[0]!)
    expect(first.getByRole('link', { name: 'Psychotherapies' })).toHaveAttribute(
      'href',
      'https://www.nimh.nih.gov/health/topics/psychotherapies',
    )
    expect(items[0]).toHaveTextContent('National Institute of Mental Health.')
    expect(
      first.getAllByRole('link', { name: /^Back to citation/ }).map((a) => a.getAttribute('href')),
    ).toEqual(['#cite-1-1', '#cite-1-2'])

    const second = within(items[1]!)
    expect(items[1]).toHaveTextContent('Journal of Examples, 2020.')
    expect(second.getByRole('link', { name: '10.1000/xyz123' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1000/xyz123',
    )
    expect(second.getByRole('link', { name: '31415926' })).toHaveAttribute(
      'href',
      'https://pubmed.ncbi.nlm.nih.gov/31415926/',
    )
    expect(second.getByRole('link', { name: 'Back to the text citing source 2' })).toHaveAttribute(
      'href',
      '#cite-2-1',
    )
  })

  it('gives every back-link a target in the text and every citation a source in the list', () => {
    const { container } = renderArticle()
    for (const a of container.querySelectorAll('a[href^="#"]'))
      expect(container.querySelector(a.getAttribute('href')!)).not.toBeNull()
  })

  it('keeps a citation inside a link from nesting a link in a link', () => {
    const { container } = renderArticle(
      body(paragraph(link({ linkType: 'custom', url: 'https://findtreatment.gov' }, text('Find help[^1]')))),
    )
    expect(container.querySelector('a a')).toBeNull()
    expect(container.querySelector('#cite-1-1')?.tagName).toBe('SUP')
    expect(screen.getByRole('link', { name: 'Back to the text citing source 1' })).toHaveAttribute(
      'href',
      '#cite-1-1',
    )
  })

  it('shows nothing, and leaves markers as text, for an article without sources', () => {
    const { container } = render(
      <>
        <RichText body={article} />
        <Sources sources={[]} body={article} />
      </>,
    )
    expect(container.querySelector('sup')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Sources' })).toBeNull()
  })

  it('has no accessibility violations that axe can find without a browser', async () => {
    const { container } = renderArticle()
    const results = await act(() => axe.run(container, { rules: { 'color-contrast': { enabled: false } } }))
    expect(
      results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' ')}`),
    ).toEqual([])
  })
})
