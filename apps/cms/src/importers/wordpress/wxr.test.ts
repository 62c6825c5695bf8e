import path from 'node:path'

import { readWxr, type WxrChannel, type WxrItem } from './wxr'

const fixtures = path.resolve(__dirname, '../../../tests/fixtures/wordpress')

async function read(name: string) {
  let channel: WxrChannel | null = null
  const items: WxrItem[] = []
  await readWxr(
    path.join(fixtures, name),
    { channel: (c) => void (channel = c), item: (i) => void items.push(i) },
    // Small chunks: elements and CDATA sections split across reads must come out whole.
    97,
  )
  return { channel: channel as WxrChannel | null, items }
}

describe('readWxr', () => {
  it('reads the channel (version, site, authors, terms with their parents) and every item', async () => {
    const { channel, items } = await read('small-site.xml')
    expect(channel).toMatchObject({
      version: '1.2',
      title: 'Quiet Minds',
      siteUrl: 'https://quietminds.example',
    })
    expect(channel!.authors.map((a) => a.login)).toEqual(['maya', 'tomas'])
    expect(channel!.terms).toContainEqual(
      expect.objectContaining({
        taxonomy: 'category',
        slug: 'anxiety-and-worry',
        parent: 'wellbeing',
        name: 'Anxiety &amp; Worry',
      }),
    )
    expect(channel!.terms).toContainEqual(
      expect.objectContaining({ taxonomy: 'nav_menu', slug: 'main-menu', id: '9' }),
    )
    const post = items.find((i) => i.postId === '20')!
    expect(post).toMatchObject({
      postType: 'post',
      status: 'publish',
      creator: 'maya',
      postName: 'coping-with-everyday-anxiety',
    })
    expect(post.meta._thumbnail_id).toBe('10')
    expect(post.terms.map((t) => `${t.domain}:${t.slug}`)).toEqual([
      'category:anxiety-and-worry',
      'post_tag:sleep-habits',
    ])
    expect(post.content).toContain('<h2 class="wp-block-heading">')
    expect(items.filter((i) => i.postType === 'nav_menu_item')).toHaveLength(5)
  })

  it('keeps UTF-8 whole and joins CDATA split to hold "]]>"', async () => {
    const { channel, items } = await read('odd-characters.xml')
    expect(channel!.version).toBe('1.1')
    expect(items[0]!.title).toBe('Déjà vu &#8211; “Angst” & 不安 😌')
    expect(items[0]!.content).toContain('<code>if (a[b[0]]> 1) {}</code>') // "]]>" itself, split across two CDATA sections
    expect(items[0]!.content).toContain('日本語の文章, emoji 🌧️→🌤️')
  })

  it('reads WXR 1.0, which has no version element and no author list', async () => {
    const { channel, items } = await read('wxr-1.0.xml')
    expect(channel).toMatchObject({ version: '1.0', authors: [] })
    expect(items[1]).toMatchObject({ postId: '2', creator: 'olduser' })
  })

  it.each([
    ['malformed.xml', /^malformed XML at line 17, column 33: unexpected close tag/],
    ['unknown-version.xml', /^WXR version 1\.3 is not one this importer knows \(1\.0, 1\.1, 1\.2\)$/],
    ['not-xml.txt', /^this is not XML/],
  ])('stops on %s with one message', async (name, message) => {
    await expect(read(name)).rejects.toThrow(message)
  })
})

describe('readWxr on a large export', () => {
  it('holds one chunk and one item at a time: 20,000 posts (about 33 MB) read in bounded memory', async () => {
    const { writeLargeExport } = await import('../../../tests/fixtures/wordpress/generate')
    const { mkdtempSync, rmSync, statSync } = await import('node:fs')
    const os = await import('node:os')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-wxr-'))
    try {
      const file = path.join(dir, 'large.xml')
      await writeLargeExport(file, 20_000)
      expect(statSync(file).size).toBeGreaterThan(30_000_000)
      global.gc?.()
      const before = process.memoryUsage().heapUsed
      let items = 0
      let peak = 0
      await readWxr(file, {
        item: () => {
          if (++items % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before)
        },
      })
      expect(items).toBe(20_000)
      // The file is 33 MB; reading it may not hold more than a fraction of that at once.
      expect(peak).toBeLessThan(16_000_000)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
