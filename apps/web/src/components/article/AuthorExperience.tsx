import type { ExperienceBlock } from '@haven/schemas'
import { useId, type ReactNode } from 'react'

import { Heading, type HeadingLevel } from './Heading'
import { credentialsOf, type CreditedPerson } from './person-credit'

/** The author's first-person section, credited to the article's first author. */
export function AuthorExperience({
  title,
  author,
  headingLevel = 3,
  children,
}: {
  /** `null` when the section heading right above already says it: then the block has no heading. */
  title: ExperienceBlock['title'] | null
} & {
  author?: CreditedPerson | null
  headingLevel?: HeadingLevel
  children: ReactNode
}) {
  const headingId = useId()
  const credentials = author ? credentialsOf(author) : ''
  const credit = author ? (
    <p className="article-credit">
      By {author.name}
      {credentials ? `, ${credentials}` : null}
    </p>
  ) : null
  if (!title)
    return (
      <div className="article-experience">
        {credit}
        {children}
      </div>
    )
  return (
    <section aria-labelledby={headingId} className="article-experience">
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      {credit}
      {children}
    </section>
  )
}
