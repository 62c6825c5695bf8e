/** The 11-character id of a YouTube address (watch, share, embed, shorts, privacy-enhanced), or null. */
export function youtubeId(address: string): string | null {
  let url: URL
  try {
    url = new URL(address.trim(), 'https://www.youtube.com')
  } catch {
    return null
  }
  const host = url.hostname.replace(/^(www\.|m\.)/, '')
  let id: string | null = null
  if (host === 'youtu.be') id = url.pathname.slice(1).split('/')[0] ?? null
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (url.pathname === '/watch') id = url.searchParams.get('v')
    else id = /^\/(?:embed|shorts|v|live)\/([^/?#]+)/.exec(url.pathname)?.[1] ?? null
  }
  return id && /^[A-Za-z0-9_-]{11}$/.test(id) ? id : null
}
