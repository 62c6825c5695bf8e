import { articles } from './articles'

/** Folds typographic quotes and case, so “Being known” in a description matches the label Being known. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')

const galleries = articles.flatMap((article) =>
  article.body.flatMap((block) =>
    block.type === 'gallery' ? block.images.map((image) => ({ article: article.slug, ...image })) : [],
  ),
)

describe('seeded infographics', () => {
  it('exist (the flagship has three)', () => {
    expect(galleries.filter((image) => image.article === 'emotional-intimacy')).toHaveLength(3)
  })

  // The image is drawn from `drawing`; a screen-reader user gets `description`. Every word drawn must
  // be told, and the description must not promise a label the image does not have.
  it.each(galleries.map((image) => [`${image.article}: ${image.title}`, image] as const))(
    '%s: the description tells every label drawn into the image',
    (_name, image) => {
      for (const label of image.drawing.labels) expect(fold(image.description)).toContain(fold(label))
      const quoted = [...image.description.matchAll(/“([^”]+)”/g)].map((match) => fold(match[1]!))
      const drawn = [...image.drawing.labels, ...image.drawing.notes].map(fold)
      for (const phrase of quoted) expect(drawn.some((text) => text.includes(phrase))).toBe(true)
    },
  )

  it.each(galleries.map((image) => [`${image.article}: ${image.title}`, image] as const))(
    '%s: has the number of labels its layout draws',
    (_name, image) => {
      const expected = { circles: 3, bars: 6, steps: 7 }[image.motif]
      expect(image.drawing.labels).toHaveLength(expected)
    },
  )
})
