import { env } from '@/env'
import { robotsTxt, rssXml, sitemapXml } from '@/lib/feed-xml'
import { getFeed, getSitemapEntries } from '@/lib/feeds'

/**
 * `/sitemap.xml`, `/robots.txt` and `/feed.xml` (rewritten here in next.config.ts). A dynamic segment
 * with no static params: each file is generated on its first request, not at build time (the CMS may
 * be down then), and is then cached until the CMS revalidates one of its tags.
 */
export const dynamicParams = true
export function generateStaticParams(): { file: string }[] {
  return []
}

const files: Record<string, { contentType: string; body: () => Promise<string> | string }> = {
  'sitemap.xml': {
    contentType: 'application/xml; charset=utf-8',
    body: async () => sitemapXml(await getSitemapEntries()),
  },
  'robots.txt': { contentType: 'text/plain; charset=utf-8', body: () => robotsTxt(env.WEB_URL) },
  'feed.xml': {
    contentType: 'application/rss+xml; charset=utf-8',
    body: async () => {
      const { channel, items } = await getFeed()
      return rssXml(channel, items)
    },
  },
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const served = Object.hasOwn(files, file) ? files[file] : undefined
  if (!served) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(await served.body(), { headers: { 'Content-Type': served.contentType } })
}
