import { headshotAltOf, populatedOnly, type PersonSummary } from '@haven/schemas'
import Image from 'next/image'
import Link from 'next/link'

import { imageProps } from '@/lib/media'

/** "Written by" and "Reviewed by": each person with credentials, headshot (alt derived) and page link. */
export function Byline({
  authors,
  reviewers,
}: {
  authors: (PersonSummary | number | string)[]
  reviewers: (PersonSummary | number | string)[]
}) {
  const groups = [
    { label: 'Written by', people: populatedOnly(authors) },
    { label: 'Clinically reviewed by', people: populatedOnly(reviewers) },
  ].filter((group) => group.people.length > 0)
  return (
    <dl className="byline">
      {groups.map((group) => (
        <div key={group.label} className="byline__group">
          <dt>{group.label}</dt>
          {group.people.map((person) => (
            <dd key={person.id} className="byline__person">
              {person.headshot && typeof person.headshot === 'object' ? (
                // Shown at a fixed 3rem: the size itself at 1x and 2x, not a source for every screen width.
                <Image
                  {...imageProps(person.headshot, 'thumbnail')}
                  width={48}
                  height={48}
                  alt={headshotAltOf(person)}
                  className="byline__headshot"
                />
              ) : null}
              <span>
                <Link href={`/people/${person.slug}`}>{person.name}</Link>
                {person.credentialsLabel ? `, ${person.credentialsLabel}` : null}
              </span>
            </dd>
          ))}
        </div>
      ))}
    </dl>
  )
}
