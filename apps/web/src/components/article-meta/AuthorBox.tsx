import type { PersonSummary } from '@haven/schemas'
import Image from 'next/image'
import Link from 'next/link'

import { imageProps } from '@/lib/media'

/**
 * "About the author" under the article: each author's headshot, name with credentials and the first
 * paragraph of their bio. The headshot's alt is empty: the name is right beside it (and the byline's
 * headshot already says who it shows), so a screen reader would only hear it twice.
 */
export function AuthorBox({ authors }: { authors: PersonSummary[] }) {
  if (!authors.length) return null
  return (
    <aside className="author-box" aria-label="About the author">
      {authors.map((author) => (
        <div key={author.id} className="author-box__person">
          {author.headshot && typeof author.headshot === 'object' ? (
            // Shown at a fixed 4.5rem: the size itself at 1x and 2x, not a source for every screen width.
            <Image
              {...imageProps(author.headshot, 'thumbnail')}
              width={72}
              height={72}
              alt=""
              className="author-box__headshot"
            />
          ) : null}
          <p>
            <strong>
              <Link href={`/people/${author.slug}`}>{author.name}</Link>
              {author.credentialsLabel ? `, ${author.credentialsLabel}` : ''}
            </strong>{' '}
            {author.bio.split('\n\n')[0]}
          </p>
        </div>
      ))}
    </aside>
  )
}
