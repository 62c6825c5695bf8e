import sharp from 'sharp'

import { heroScenes, mix } from '../heroes'
import { heroImage } from '../images'
import { articles } from './articles'

describe('seeded hero images', () => {
  it.each(articles.map((article) => [article.slug, article] as const))(
    '%s has a drawing of its own, and its alt text names what the drawing shows',
    (slug, article) => {
      const scene = heroScenes[slug]
      expect(scene).toBeDefined()
      const alt = article.heroAlt.toLowerCase()
      for (const word of scene!.shows) expect(alt).toContain(word)
    },
  )

  it('draws no scene that no article uses (a renamed slug would fall back to abstract circles)', () => {
    const slugs = new Set(articles.map((article) => article.slug))
    expect(Object.keys(heroScenes).filter((slug) => !slugs.has(slug))).toEqual([])
  })

  it('renders each as a 1600x900 PNG, and differently from the abstract fallback', async () => {
    const flagship = articles.find((article) => article.slug === 'emotional-intimacy')!
    const drawn = await heroImage(flagship.slug, flagship.palette)
    expect(await sharp(drawn).metadata()).toMatchObject({ format: 'png', width: 1600, height: 900 })
    const fallback = await heroImage('not-an-article', flagship.palette)
    expect(drawn.equals(fallback)).toBe(false)
  })

  it('mixes colours channel by channel', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(mix('#B4533C', '#F6E1D3', 0)).toBe('#b4533c')
    expect(mix('#B4533C', '#F6E1D3', 1)).toBe('#f6e1d3')
  })
})
