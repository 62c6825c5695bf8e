'use client'

import { useEffect } from 'react'

/** How far down the viewport (as a fraction) a heading must have scrolled for its section to be "in view". */
const READING_LINE = 0.35

/**
 * The section being read: the last heading above the reading line, or -1 above the first. At the very
 * bottom of the page, where the last sections' headings may never reach the line, the last heading
 * on screen.
 */
export function currentSection(tops: readonly number[], viewportHeight: number, atBottom: boolean): number {
  const line = atBottom ? viewportHeight : viewportHeight * READING_LINE
  let current = -1
  tops.forEach((top, index) => {
    if (top < line) current = index
  })
  return current
}

/**
 * Marks the table-of-contents link of the section being read with `aria-current="location"`, in every
 * table of contents on the page. Renders nothing; without JavaScript the links simply work as links.
 *
 * It measures the headings on scroll (once per frame) rather than waiting for an IntersectionObserver
 * to report a heading crossing a line: a jump (End, a link, a long flick) crosses many headings in one
 * frame, and the observer's crossings then leave the wrong section marked.
 */
export function TableOfContentsHighlighter({ ids }: { ids: readonly string[] }) {
  useEffect(() => {
    const headings = ids.flatMap((id) => {
      const heading = document.getElementById(id)
      return heading ? [heading] : []
    })
    if (!headings.length) return

    let marked: string | null | undefined
    const mark = () => {
      frame = 0
      const page = document.documentElement
      const atBottom = window.scrollY > 0 && window.scrollY + window.innerHeight >= page.scrollHeight - 2
      const index = currentSection(
        headings.map((heading) => heading.getBoundingClientRect().top),
        window.innerHeight,
        atBottom,
      )
      const current = index >= 0 ? `#${headings[index]!.id}` : null
      if (current === marked) return
      marked = current
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-article-toc] a[href^="#"]')) {
        if (link.getAttribute('href') === current) link.setAttribute('aria-current', 'location')
        else link.removeAttribute('aria-current')
      }
    }
    let frame = 0
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(mark)
    }
    mark()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule, { passive: true })
    return () => {
      if (frame) cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [ids])

  return null
}
