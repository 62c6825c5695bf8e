import { populated, type ArticleCard as Card } from '@haven/schemas'
import Image from 'next/image'
import Link from 'next/link'

import { imageProps } from '@/lib/media'

/**
 * An article in a listing: image, title, summary cut at a word boundary, and its date. `preload` for
 * the card whose image is a page's largest paint on a phone (the first one on screen): loaded at once,
 * at high priority, instead of lazily once the layout shows it on screen.
 */
export function ArticleCard({
  article,
  headingLevel = 3,
  preload = false,
}: {
  article: Card
  headingLevel?: 2 | 3
  preload?: boolean
}) {
  const hero = populated(article.heroImage)
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card">
      {hero ? (
        <Image
          {...imageProps(hero, 'card')}
          alt={hero.alt ?? ''}
          sizes="(max-width: 40rem) 100vw, 20rem"
          {...(preload ? { preload: true, fetchPriority: 'high' as const } : {})}
        />
      ) : null}
      <Heading>
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </Heading>
      <p>{truncateAtWord(article.summary, 160)}</p>
    </article>
  )
}

/** Cuts text at the last whole word within `max` characters, adding an ellipsis when it cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max + 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max * 0.5 ? cut.slice(0, lastSpace) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`
}
