import '../article/test-env'

import { truncateAtWord } from './ArticleCard'

describe('truncateAtWord', () => {
  it('leaves a summary that fits as it is', () => {
    expect(truncateAtWord('Short and sweet.', 160)).toBe('Short and sweet.')
    expect(truncateAtWord('x'.repeat(160), 160)).toBe('x'.repeat(160))
  })

  it('cuts at the last whole word within the limit, without trailing punctuation, and marks the cut', () => {
    const text = 'Grounding techniques use your senses, breath and body to steady you when anxiety surges.'
    const cut = truncateAtWord(text, 40)
    expect(cut).toBe('Grounding techniques use your senses…')
    expect(cut.length).toBeLessThanOrEqual(41)
    expect(text.startsWith(cut.slice(0, -1))).toBe(true)
  })

  it('keeps a word that ends exactly at the limit', () => {
    expect(truncateAtWord('one two three four', 13)).toBe('one two three…')
  })

  it('cuts a single over-long word at the limit rather than dropping most of the text', () => {
    expect(truncateAtWord(`A ${'y'.repeat(300)}`, 160)).toBe(`A ${'y'.repeat(158)}…`)
  })
})
