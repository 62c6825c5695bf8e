import { blocksOf, type LexicalDocument } from './lexical'
import { slugify } from './slug'

export type TableOfContentsEntry = {
  /** The heading’s anchor: its slug, made unique within the body (`-2`, `-3` on repeats). */
  id: string
  /** What the table of contents shows: the short label, or the heading. */
  label: string
  heading: string
}

/** The table of contents of a body: one entry per section heading, in order. */
export function tableOfContents(body: LexicalDocument): TableOfContentsEntry[] {
  const used = new Set<string>()
  return blocksOf(body, 'sectionHeading').map(({ heading, tocLabel }) => {
    const base = slugify(heading) || 'section'
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return { id, label: tocLabel?.trim() || heading, heading }
  })
}
