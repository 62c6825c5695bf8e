import { populated, type InfographicGalleryBlock } from '@haven/schemas'
import Image from 'next/image'
import { useId } from 'react'

import { mediaUrl } from '@/lib/media'

import { Heading, type HeadingLevel } from './Heading'
import { paragraphsOf } from './text'

/**
 * Infographics, each a figure captioned with its title and followed by everything it says in words.
 * The description sits after the figure rather than in its caption, so that the figure's name stays
 * its title.
 */
export function InfographicGallery({
  block,
  headingLevel = 3,
}: {
  block: Pick<InfographicGalleryBlock, 'title' | 'images'>
  headingLevel?: HeadingLevel
}) {
  const headingId = useId()
  const items = block.images.flatMap((item) => {
    const media = populated(item.image)
    return media ? [{ ...item, media }] : []
  })
  if (!items.length) return null
  const title = block.title?.trim()
  const list = (
    <ul className="article-gallery">
      {items.map(({ media, title: caption, description }, index) => (
        <li key={`${media.id}-${index}`}>
          <figure>
            <Image
              src={mediaUrl(media.url)}
              width={media.width ?? 1600}
              height={media.height ?? 1200}
              alt={media.alt?.trim() || caption}
              sizes="(min-width: 48rem) 42rem, 100vw"
            />
            <figcaption>{caption}</figcaption>
          </figure>
          <details className="article-gallery-description">
            <summary>
              Describe this infographic
              <span className="article-visually-hidden">: {caption}</span>
            </summary>
            {paragraphsOf(description).map((text, line) => (
              <p key={line}>{text}</p>
            ))}
          </details>
        </li>
      ))}
    </ul>
  )
  if (!title) return <div className="article-gallery-group">{list}</div>
  return (
    <section aria-labelledby={headingId} className="article-gallery-group">
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      {list}
    </section>
  )
}
