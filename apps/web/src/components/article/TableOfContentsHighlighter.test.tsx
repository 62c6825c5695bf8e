import { act, render, screen } from '@testing-library/react'

import { TableOfContents } from './TableOfContents'
import { currentSection } from './TableOfContentsHighlighter'

const entries = [
  { id: 'what-is-emotional-intimacy', label: 'What Is It?', heading: 'What Is Emotional Intimacy?' },
  { id: 'signs-of-emotional-intimacy', label: 'What It Feels Like', heading: 'Signs of Emotional Intimacy' },
  { id: 'building-it', label: 'Building It', heading: 'How to Build Emotional Intimacy' },
]

/** jsdom has no layout: each heading's distance from the top of the viewport is set by the test. */
const tops = new Map<string, number>()

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

/** Puts the headings at `positions` (px from the viewport's top) and lets a scroll event through. */
function scrollTo(positions: number[]) {
  entries.forEach((entry, index) => tops.set(entry.id, positions[index]!))
  act(() => {
    window.dispatchEvent(new Event('scroll'))
  })
}

const current = () =>
  screen
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'location')
    .map((link) => link.textContent)

describe('currentSection', () => {
  it('is the last heading above the reading line, or none above the first', () => {
    expect(currentSection([500, 1500, 2500], 800, false)).toBe(-1)
    expect(currentSection([100, 1500, 2500], 800, false)).toBe(0)
    expect(currentSection([-900, 200, 900], 800, false)).toBe(1)
  })

  it('is the last heading on screen at the bottom of the page', () => {
    expect(currentSection([-900, 200, 600], 800, true)).toBe(2)
  })
})

describe('TableOfContentsHighlighter', () => {
  let frames: FrameRequestCallback[] = []
  beforeEach(() => {
    tops.clear()
    frames = []
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback)
      return frames.length
    })
    jest.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined)
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      return { top: tops.get(this.id) ?? 10_000 } as DOMRect
    })
  })
  afterEach(() => jest.restoreAllMocks())
  const nextFrame = () =>
    act(() => {
      for (const frame of frames.splice(0)) frame(0)
    })

  it('marks nothing above the first section', () => {
    renderPage()
    expect(current()).toEqual([])
  })

  it('marks the link of the section being read as the current location, once per frame', () => {
    renderPage()
    scrollTo([100, 900, 1800])
    expect(current()).toEqual([])
    nextFrame()
    expect(current()).toEqual(['What Is It?'])

    scrollTo([-700, 100, 1000])
    nextFrame()
    expect(current()).toEqual(['What It Feels Like'])
  })

  it('marks the right section after a jump that passes several headings at once', () => {
    renderPage()
    scrollTo([-2000, -1200, 150])
    nextFrame()
    expect(current()).toEqual(['Building It'])
    // and back up, past two headings in one frame
    scrollTo([50, 800, 1700])
    nextFrame()
    expect(current()).toEqual(['What Is It?'])
  })

  it('stops listening when the page goes away', () => {
    const { unmount } = renderPage()
    unmount()
    scrollTo([100, 900, 1800])
    expect(frames).toHaveLength(0)
  })
})
