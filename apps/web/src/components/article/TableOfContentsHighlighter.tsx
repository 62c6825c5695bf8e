'use client'

import { useEffect } from 'react'

/** How far down the viewport (as a fraction) a heading must have scrolled for its section to be "in view". */
const READING_LINE = 0.35

/**
 * Marks the table-of-contents link of the section being read with `aria-current="location"`, in every
 * table of contents on the page. Renders nothing; without JavaScript the links simply work as links.
 */
export function TableOfContentsHighlighter({ ids }: { ids: readonly string[] }) {
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return
    const headings = ids.flatMap((id) => {
      const heading = document.getElementById(id)
      return heading ? [heading] : []
    })
    if (!headings.length) return

    const mark = (index: number) => {
      const current = index >= 0 ? `#${headings[index]?.id}` : null
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-article-toc] a[href^="#"]')) {
        if (link.getAttribute('href') === current) link.setAttribute('aria-current', 'location')
        else link.removeAttribute('aria-current')
      }
    }

    // Where the reader is on arrival: the last section whose heading is above the reading line.
    let current = -1
    headings.forEach((heading, index) => {
      if (heading.getBoundingClientRect().top < window.innerHeight * READING_LINE) current = index
    })
    mark(current)

    // The observed band is the top of the viewport down to the reading line. A heading entering it
    // starts its section; one leaving it downwards (scrolling back up) hands over to the section before.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = headings.indexOf(entry.target as HTMLElement)
          if (entry.isIntersecting) current = index
          else if (index <= current && entry.boundingClientRect.top >= (entry.rootBounds?.bottom ?? 0))
            current = index - 1
        }
        mark(current)
      },
      { rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px` },
    )
    for (const heading of headings) observer.observe(heading)
    return () => observer.disconnect()
  }, [ids])

  return null
}
