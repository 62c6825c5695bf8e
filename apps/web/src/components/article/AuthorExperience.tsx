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
}: Pick<ExperienceBlock, 'title'> & {
  author?: CreditedPerson | null
  headingLevel?: HeadingLevel
  children: ReactNode
}) {
  const headingId = useId()
  const credentials = author ? credentialsOf(author) : ''
  return (
    <section aria-labelledby={headingId} className="article-experience">
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      {author ? (
        <p className="article-credit">
          By {author.name}
          {credentials ? `, ${credentials}` : null}
        </p>
      ) : null}
      {children}
    </section>
  )
}
