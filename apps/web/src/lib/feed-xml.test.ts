/** @jest-environment node */
import { absoluteUrl, latestDate, rfc822, robotsTxt, rssXml, sitemapXml, xmlEscape } from './feed-xml'

describe('xmlEscape', () => {
  it('escapes the five XML special characters', () => {
    expect(xmlEscape(`Tom & Jerry's <"best"> bits`)).toBe(
      'Tom &amp; Jerry&apos;s &lt;&quot;best&quot;&gt; bits',
    )
  })

  it('drops characters XML 1.0 cannot carry but keeps tabs, newlines and emoji', () => {
    expect(xmlEscape('a\u0000b\u0008c\td\ne\uFFFF🙂\uD800')).toBe('abc\td\ne🙂')
  })
})

describe('absoluteUrl', () => {
  it('joins the site address and a path whether or not the address ends in a slash', () => {
    expect(absoluteUrl('https://haven.example', '/articles/a')).toBe('https://haven.example/articles/a')
    expect(absoluteUrl('https://haven.example/', '/')).toBe('https://haven.example/')
    expect(absoluteUrl('http://localhost:3000', '/feed.xml')).toBe('http://localhost:3000/feed.xml')
  })
})

describe('latestDate', () => {
  it('picks the newest valid date and ignores missing ones', () => {
    expect(
      latestDate([null, '2024-01-02T00:00:00.000Z', undefined, '2023-05-01T00:00:00.000Z', 'junk']),
    ).toEqual(new Date('2024-01-02T00:00:00.000Z'))
    expect(latestDate([])).toBeNull()
  })
})

describe('sitemapXml', () => {
  it('lists every address with its lastmod in UTC and escapes it', () => {
    const xml = sitemapXml([
      { loc: 'https://haven.example/', lastmod: new Date('2024-03-01T12:00:00+02:00') },
      { loc: 'https://haven.example/search?q=a&b', lastmod: '2023-02-06T09:00:00.000Z' },
      { loc: 'https://haven.example/directory' },
    ])
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
    expect(xml).toContain(
      '<url>\n    <loc>https://haven.example/</loc>\n    <lastmod>2024-03-01T10:00:00.000Z</lastmod>\n  </url>',
    )
    expect(xml).toContain('<loc>https://haven.example/search?q=a&amp;b</loc>')
    expect(xml).toContain('<url>\n    <loc>https://haven.example/directory</loc>\n  </url>')
    expect(xml.trimEnd()).toMatch(/<\/urlset>$/)
  })

  it('leaves out a lastmod that is not a date', () => {
    expect(sitemapXml([{ loc: 'https://haven.example/a', lastmod: 'not a date' }])).not.toContain('lastmod')
  })

  it('refuses a relative address', () => {
    expect(() => sitemapXml([{ loc: '/articles/a' }])).toThrow(/absolute/)
  })
})

describe('rfc822', () => {
  it('writes RSS dates in RFC 822 form, in GMT', () => {
    expect(rfc822('2023-02-06T09:00:00.000Z')).toBe('Mon, 06 Feb 2023 09:00:00 GMT')
    expect(rfc822(null)).toBeNull()
  })
})

describe('rssXml', () => {
  const channel = {
    title: 'Haven & friends',
    link: 'https://haven.example/',
    description: 'Writing <about> mental health',
    language: 'en',
    selfUrl: 'https://haven.example/feed.xml',
    lastBuildDate: '2024-01-02T00:00:00.000Z',
  }
  const item = {
    title: 'Love & <intimacy>',
    link: 'https://haven.example/articles/emotional-intimacy',
    pubDate: '2023-02-06T09:00:00.000Z',
    description: 'What "closeness" means',
    creators: ['Maren Okafor', 'José O’Neil'],
  }

  it('writes an RSS 2.0 channel with its self link and escaped text', () => {
    const xml = rssXml(channel, [item])
    expect(xml).toContain(
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    )
    expect(xml).toContain('<title>Haven &amp; friends</title>')
    expect(xml).toContain('<link>https://haven.example/</link>')
    expect(xml).toContain('<description>Writing &lt;about&gt; mental health</description>')
    expect(xml).toContain('<language>en</language>')
    expect(xml).toContain('<lastBuildDate>Tue, 02 Jan 2024 00:00:00 GMT</lastBuildDate>')
    expect(xml).toContain(
      '<atom:link href="https://haven.example/feed.xml" rel="self" type="application/rss+xml"/>',
    )
  })

  it('writes each item with a permanent guid, an RFC 822 date, the summary and one creator per author', () => {
    const xml = rssXml(channel, [item])
    expect(xml).toContain('<title>Love &amp; &lt;intimacy&gt;</title>')
    expect(xml).toContain('<guid isPermaLink="true">https://haven.example/articles/emotional-intimacy</guid>')
    expect(xml).toContain('<pubDate>Mon, 06 Feb 2023 09:00:00 GMT</pubDate>')
    expect(xml).toContain('<description>What &quot;closeness&quot; means</description>')
    expect(xml).toContain('<dc:creator>Maren Okafor</dc:creator>\n      <dc:creator>José O’Neil</dc:creator>')
  })

  it('keeps the items in the order given', () => {
    const second = { ...item, title: 'Second', link: 'https://haven.example/articles/second' }
    const xml = rssXml(channel, [item, second])
    expect(xml.indexOf('emotional-intimacy')).toBeLessThan(xml.indexOf('/articles/second'))
  })

  it('refuses relative links', () => {
    expect(() => rssXml(channel, [{ ...item, link: '/articles/a' }])).toThrow(/absolute/)
    expect(() => rssXml({ ...channel, selfUrl: '/feed.xml' }, [])).toThrow(/absolute/)
  })
})

describe('robotsTxt', () => {
  it('allows everything but the API and search results, and names the sitemap by its absolute URL', () => {
    expect(robotsTxt('https://haven.example')).toBe(
      [
        'User-agent: *',
        'Allow: /',
        'Disallow: /api/',
        'Disallow: /search?',
        '',
        'Sitemap: https://haven.example/sitemap.xml',
        '',
      ].join('\n'),
    )
  })
})
