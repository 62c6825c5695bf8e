import { act, render, screen } from '@testing-library/react'

import { TableOfContents } from './TableOfContents'

/**
 * jsdom has no layout, so no IntersectionObserver: this stand-in lets a test say which heading
 * crossed the reading band, as a browser would report it.
 */
class ScrollObserver {
  static current: ScrollObserver | null = null
  readonly observed: Element[] = []
  constructor(private readonly callback: IntersectionObserverCallback) {
    ScrollObserver.current = this
  }
  observe(target: Element) {
    this.observed.push(target)
  }
  disconnect() {
    this.observed.length = 0
  }
  report(id: string, isIntersecting: boolean, top = 0) {
    const target = this.observed.find((element) => element.id === id)!
    const entry = {
      target,
      isIntersecting,
      boundingClientRect: { top } as DOMRectReadOnly,
      rootBounds: { top: 0, bottom: 280 } as DOMRectReadOnly,
    } as IntersectionObserverEntry
    act(() => this.callback([entry], this as unknown as IntersectionObserver))
  }
}

const entries = [
  { id: 'what-is-emotional-intimacy', label: 'What Is It?', heading: 'What Is Emotional Intimacy?' },
  { id: 'signs-of-emotional-intimacy', label: 'What It Feels Like', heading: 'Signs of Emotional Intimacy' },
]

function renderPage() {
  return render(
    <>
      <TableOfContents entries={entries} />
      {entries.map((entry) => (
        <h2 key={entry.id} id={entry.id}>
          {entry.heading}
        </h2>
      ))}
    </>,
  )
}

describe('TableOfContentsHighlighter', () => {
  afterEach(() => {
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver
    ScrollObserver.current = null
  })

  it('leaves the links as plain links where the browser cannot observe scrolling', () => {
    renderPage()

    for (const link of screen.getAllByRole('link')) expect(link).not.toHaveAttribute('aria-current')
  })

  it('marks the link of the section being read as the current location', () => {
    globalThis.IntersectionObserver = ScrollObserver as unknown as typeof IntersectionObserver
    renderPage()
    const observer = ScrollObserver.current!

    observer.report('what-is-emotional-intimacy', true)
    expect(screen.getByRole('link', { name: 'What Is It?' })).toHaveAttribute('aria-current', 'location')

    observer.report('signs-of-emotional-intimacy', true)
    expect(screen.getByRole('link', { name: 'What It Feels Like' })).toHaveAttribute(
      'aria-current',
      'location',
    )
    expect(screen.getByRole('link', { name: 'What Is It?' })).not.toHaveAttribute('aria-current')
  })

  it('hands back to the previous section when the reader scrolls up past a heading', () => {
    globalThis.IntersectionObserver = ScrollObserver as unknown as typeof IntersectionObserver
    renderPage()
    const observer = ScrollObserver.current!
    observer.report('what-is-emotional-intimacy', true)
    observer.report('signs-of-emotional-intimacy', true)

    observer.report('signs-of-emotional-intimacy', false, 400)

    expect(screen.getByRole('link', { name: 'What Is It?' })).toHaveAttribute('aria-current', 'location')
    expect(screen.getByRole('link', { name: 'What It Feels Like' })).not.toHaveAttribute('aria-current')
  })

  it('stops observing when the page goes away', () => {
    globalThis.IntersectionObserver = ScrollObserver as unknown as typeof IntersectionObserver
    const { unmount } = renderPage()

    unmount()

    expect(ScrollObserver.current!.observed).toHaveLength(0)
  })
})
