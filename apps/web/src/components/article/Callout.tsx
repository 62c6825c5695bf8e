import type { CalloutBlock } from '@haven/schemas'
import { useId, type ReactNode } from 'react'

import { Heading, type HeadingLevel } from './Heading'

const toneLabels: Record<CalloutBlock['tone'], string> = {
  'seek-help': 'Getting help',
  note: 'Note',
  warning: 'Caution',
}

/**
 * An editorial callout. `role="note"` rather than the aside's implicit complementary landmark: the
 * callout is part of the article's flow, and a complementary landmark inside `<main>` is not allowed.
 * The tone is written out as well as coloured, so it does not depend on seeing the colour.
 */
export function Callout({
  tone,
  title,
  headingLevel = 3,
  children,
}: Pick<CalloutBlock, 'tone' | 'title'> & { headingLevel?: HeadingLevel; children: ReactNode }) {
  const headingId = useId()
  return (
    <aside role="note" aria-labelledby={headingId} className={`article-callout article-callout-${tone}`}>
      <p className="article-callout-tone">{toneLabels[tone]}</p>
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      {children}
    </aside>
  )
}
