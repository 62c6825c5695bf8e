import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { CONSENT_COOKIE, DEFAULT_CONSENT } from '@haven/schemas'

import { ConsentProvider } from '../consent/ConsentProvider'
import { VideoPreview } from './VideoPreview'

const transcript = 'Hi, I’m Jonah, and today I want to talk about emotional intimacy.'

function renderVideo(provider: 'youtube' | 'vimeo' = 'youtube') {
  return render(
    <ConsentProvider settings={DEFAULT_CONSENT}>
      <VideoPreview
        provider={provider}
        videoId="hvnDemo0001"
        title="Building Emotional Intimacy in Everyday Moments"
        presenter={{ name: 'Jonah Whitcombe', credentials: 'LMHC' }}
      >
        <p>{transcript}</p>
      </VideoPreview>
    </ConsentProvider>,
  )
}

function clearCookies() {
  for (const cookie of document.cookie.split('; ').filter(Boolean))
    document.cookie = `${cookie.split('=')[0]}=; Max-Age=0; Path=/`
}

afterEach(clearCookies)

describe('VideoPreview', () => {
  it('loads nothing from the video provider until the reader asks', () => {
    const { container } = renderVideo()

    expect(container.querySelector('iframe')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(
      screen.getByRole('button', {
        name: 'Play video: Building Emotional Intimacy in Everyday Moments (loads YouTube)',
      }),
    ).toBeInTheDocument()
  })

  it('credits the presenter with their credentials', () => {
    renderVideo()

    expect(screen.getByText('Presented by Jonah Whitcombe, LMHC')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Building Emotional Intimacy in Everyday Moments' }),
    ).toBeInTheDocument()
  })

  it('shows the transcript before the video is played', () => {
    renderVideo()

    expect(screen.getByText(transcript)).toBeInTheDocument()
    expect(screen.getByText('Transcript').closest('details')).toContainElement(screen.getByText(transcript))
  })

  it('plays the video from youtube-nocookie once the button is pressed, and moves focus to it', async () => {
    renderVideo()

    await userEvent.click(screen.getByRole('button', { name: /^Play video/ }))

    const player = screen.getByTitle('Building Emotional Intimacy in Everyday Moments (YouTube video)')
    expect(player.tagName).toBe('IFRAME')
    expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/hvnDemo0001?autoplay=1')
    expect(player).toHaveFocus()
    expect(screen.queryByRole('button', { name: /^Play video/ })).not.toBeInTheDocument()
    expect(screen.getByText(transcript)).toBeInTheDocument()
  })

  it('plays a Vimeo video without tracking', async () => {
    renderVideo('vimeo')

    await userEvent.click(screen.getByRole('button', { name: /\(loads Vimeo\)$/ }))

    expect(screen.getByTitle(/\(Vimeo video\)$/)).toHaveAttribute(
      'src',
      'https://player.vimeo.com/video/hvnDemo0001?dnt=1&autoplay=1',
    )
  })

  it('loads the video without a click once the reader has allowed media embeds, and does not autoplay it', () => {
    document.cookie = `${CONSENT_COOKIE}=${encodeURIComponent(
      JSON.stringify({
        version: DEFAULT_CONSENT.version,
        date: '2026-11-30T00:00:00.000Z',
        media: true,
        analytics: false,
        marketing: false,
      }),
    )}; Path=/`
    renderVideo()

    expect(screen.getByTitle(/\(YouTube video\)$/)).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/hvnDemo0001',
    )
    expect(screen.queryByRole('button', { name: /^Play video/ })).not.toBeInTheDocument()
  })

  it('keeps the placeholder when the reader refused media embeds', () => {
    document.cookie = `${CONSENT_COOKIE}=${encodeURIComponent(
      JSON.stringify({
        version: DEFAULT_CONSENT.version,
        date: '2026-11-30T00:00:00.000Z',
        media: false,
        analytics: false,
        marketing: false,
      }),
    )}; Path=/`
    const { container } = renderVideo()

    expect(container.querySelector('iframe')).toBeNull()
  })

  it('remembers "Always allow media embeds" in the consent cookie and loads the video', async () => {
    renderVideo()

    await userEvent.click(screen.getByRole('button', { name: 'Always allow media embeds' }))

    expect(screen.getByTitle(/\(YouTube video\)$/)).toBeInTheDocument()
    expect(decodeURIComponent(document.cookie)).toContain('"media":true')
    expect(screen.queryByRole('button', { name: 'Accept all' })).not.toBeInTheDocument()
  })
})
