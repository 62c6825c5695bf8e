import { slugify, slugSchema } from './slug'

describe('slugify', () => {
  it.each([
    ['Emotional Intimacy: What It Is', 'emotional-intimacy-what-it-is'],
    ['PTSD & COVID-19', 'ptsd-and-covid-19'],
    ['Café  Über—Naïve', 'cafe-uber-naive'],
    ['  --Hello--  ', 'hello'],
  ])('turns %j into %j', (input, slug) => {
    expect(slugify(input)).toBe(slug)
  })
})

describe('slugSchema', () => {
  it.each(['Emotional-Intimacy', 'a--b', '-a', 'a b', 'ü', ''])('rejects %j with a reason', (slug) => {
    const result = slugSchema.safeParse(slug)
    expect(result.success).toBe(false)
  })
})
