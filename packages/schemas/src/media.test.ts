import { imageSizeOf, mediaSchema } from './media'

const headshot = {
  id: 1,
  purpose: 'headshot',
  alt: null,
  credit: null,
  url: 'http://cms.test/api/media/file/a.png',
  width: 480,
  height: 480,
  sizes: {
    thumbnail: { url: 'http://cms.test/api/media/file/a-160x160.png', width: 160, height: 160 },
    hero: { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null },
  },
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
}

describe('mediaSchema', () => {
  it('accepts a headshot without alt text and with sizes that were not made', () => {
    expect(mediaSchema.parse(headshot).sizes?.hero?.url).toBeNull()
  })

  it('requires the address of the file', () => {
    expect(mediaSchema.safeParse({ ...headshot, url: null }).success).toBe(false)
  })
})

describe('imageSizeOf', () => {
  const media = mediaSchema.parse(headshot)

  it('gives the generated size', () => {
    expect(imageSizeOf(media, 'thumbnail')).toEqual({
      url: 'http://cms.test/api/media/file/a-160x160.png',
      width: 160,
      height: 160,
    })
  })

  it('falls back to the original when the size was not made (a small original)', () => {
    expect(imageSizeOf(media, 'hero')).toEqual({ url: headshot.url, width: 480, height: 480 })
    expect(imageSizeOf(media, 'og')).toEqual({ url: headshot.url, width: 480, height: 480 })
  })
})
