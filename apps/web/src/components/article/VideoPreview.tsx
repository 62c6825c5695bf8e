'use client'

import type { VideoBlock } from '@haven/schemas'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

import { Heading, type HeadingLevel } from './Heading'

const providers = {
  youtube: {
    name: 'YouTube',
    embed: (id: string) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`,
  },
  vimeo: {
    name: 'Vimeo',
    embed: (id: string) => `https://player.vimeo.com/video/${encodeURIComponent(id)}?dnt=1&autoplay=1`,
  },
} as const

/**
 * A video that loads nothing from its provider until the reader asks: no request (and no cookie)
 * reaches YouTube or Vimeo before the button is pressed. The placeholder is drawn in CSS for the same
 * reason. The transcript comes in as server-rendered children, so it is in the static HTML.
 */
export function VideoPreview({
  provider,
  videoId,
  title,
  presenter,
  headingLevel = 3,
  children,
}: Pick<VideoBlock, 'provider' | 'videoId' | 'title'> & {
  presenter?: { name: string; credentials?: string | null } | null
  headingLevel?: HeadingLevel
  /** The transcript. */
  children: ReactNode
}) {
  const [playing, setPlaying] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)
  const headingId = useId()
  const { name: providerName, embed } = providers[provider]

  useEffect(() => {
    // The button the reader pressed is gone; keep their place by moving focus to the player.
    if (playing) frame.current?.focus()
  }, [playing])

  return (
    <section aria-labelledby={headingId} className="article-video">
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      {presenter ? (
        <p className="article-credit">
          Presented by {presenter.name}
          {presenter.credentials ? `, ${presenter.credentials}` : null}
        </p>
      ) : null}
      <div className="article-video-frame">
        {playing ? (
          <iframe
            ref={frame}
            src={embed(videoId)}
            title={`${title} (${providerName} video)`}
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        ) : (
          <div className="article-video-placeholder">
            <button type="button" className="article-video-play" onClick={() => setPlaying(true)}>
              Play video: {title} (loads {providerName})
            </button>
          </div>
        )}
      </div>
      <details className="article-video-transcript">
        <summary>
          Transcript<span className="article-visually-hidden">: {title}</span>
        </summary>
        {children}
      </details>
    </section>
  )
}
