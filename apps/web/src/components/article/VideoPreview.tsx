'use client'

import type { VideoBlock } from '@haven/schemas'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

import { useConsent } from '../consent/ConsentProvider'
import { Heading, type HeadingLevel } from './Heading'

const providers = {
  youtube: {
    name: 'YouTube',
    embed: (id: string, autoplay: boolean) =>
      `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}${autoplay ? '?autoplay=1' : ''}`,
  },
  vimeo: {
    name: 'Vimeo',
    embed: (id: string, autoplay: boolean) =>
      `https://player.vimeo.com/video/${encodeURIComponent(id)}?dnt=1${autoplay ? '&autoplay=1' : ''}`,
  },
} as const

/**
 * A video that loads nothing from its provider until the reader agrees: no request (and no cookie)
 * reaches YouTube or Vimeo before the reader has allowed media embeds (cookie banner) or pressed play
 * on this one video. The placeholder is drawn in CSS for the same reason. The transcript comes in as
 * server-rendered children, so it is in the static HTML.
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
  const manager = useConsent()
  const consent = manager?.consent
  const [playing, setPlaying] = useState(false)
  const allowed = playing || Boolean(consent?.media)
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
        {allowed ? (
          <iframe
            ref={frame}
            src={embed(videoId, playing)}
            title={`${title} (${providerName} video)`}
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        ) : (
          <div className="article-video-placeholder">
            {/* The title is the heading just above: on a phone, repeating it in the button wrapped the
                label onto four lines. Screen readers still hear which video and where it loads from (the
                visible words start the accessible name, as WCAG 2.5.3 asks). */}
            <button
              type="button"
              className="article-video-play"
              aria-label={`Play video: ${title} (loads ${providerName})`}
              onClick={() => setPlaying(true)}
            >
              Play video
            </button>
            <p>
              Playing loads this video from {providerName}, which may set its own cookies.{' '}
              {manager ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    manager.choose({
                      analytics: consent?.analytics ?? false,
                      marketing: consent?.marketing ?? false,
                      media: true,
                    })
                  }
                >
                  Always allow media embeds
                </button>
              ) : null}
            </p>
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
