import { addToVocabulary, closestWord, editDistance, suggestQuery, vocabularyWords } from './search-suggest'

const vocabulary = new Map<string, number>()
addToVocabulary(
  vocabulary,
  'Anxiety is common. Generalized anxiety disorder; panic attacks; depression and anxiety. ' +
    'Grounding techniques for panic. Someone’s worries. ADHD in adults. Anxious thoughts.',
)

describe('the vocabulary', () => {
  it('is the lower-cased words of the text with their counts, apostrophes kept inside words', () => {
    expect(vocabularyWords('Panic, panic! Someone’s 988 line')).toEqual([
      'panic',
      'panic',
      'someone’s',
      '988',
      'line',
    ])
    expect(vocabulary.get('anxiety')).toBe(3)
    expect(vocabulary.get('panic')).toBe(2)
  })
})

describe('edit distance', () => {
  it.each([
    ['anxiety', 'anxiety', 0],
    ['anxeity', 'anxiety', 1],
    ['anxity', 'anxiety', 1],
    ['anxxiety', 'anxiety', 1],
    ['anxeity', 'anxious', 4],
    ['depresion', 'depression', 1],
    ['dperession', 'depression', 1],
    ['', 'panic', 5],
  ])('%s to %s is %i (capped at max + 1)', (a, b, expected) => {
    expect(editDistance(a, b, 5)).toBe(expected)
    expect(editDistance(a, b, 1)).toBe(Math.min(expected, 2))
  })
})

describe('suggestions', () => {
  it('corrects a swapped pair of letters, the way a reader types "anxeity"', () => {
    expect(suggestQuery('anxeity', vocabulary)).toBe('anxiety')
  })

  it('corrects only the unknown words of a longer query', () => {
    expect(suggestQuery('panic atacks', vocabulary)).toBe('panic attacks')
    expect(suggestQuery('grounding tecniques for panik', vocabulary)).toBe('grounding techniques for panic')
  })

  it('suggests nothing when every word is known, too short, a number or too far from any', () => {
    expect(suggestQuery('anxiety', vocabulary)).toBeNull()
    expect(suggestQuery('adh', vocabulary)).toBeNull()
    expect(suggestQuery('9888', vocabulary)).toBeNull()
    expect(suggestQuery('schizophrenia', vocabulary)).toBeNull()
    expect(suggestQuery('', vocabulary)).toBeNull()
  })

  it('allows one edit in words up to five letters and two in longer ones', () => {
    expect(closestWord('pnaic', vocabulary)).toBe('panic')
    expect(closestWord('pnic', vocabulary)).toBe('panic')
    expect(closestWord('pnnc', vocabulary)).toBeNull()
    expect(closestWord('depresson', vocabulary)).toBe('depression')
    expect(closestWord('deprssn', vocabulary)).toBeNull()
  })

  it('prefers the closer word, then the more frequent one', () => {
    const words = new Map([
      ['anxiety', 10],
      ['anxious', 1],
      ['panel', 1],
      ['panic', 5],
    ])
    expect(closestWord('anxiuos', words)).toBe('anxious')
    expect(closestWord('panil', words)).toBe('panic')
  })

  it('prefers, among equally close words, one that starts with the same letter', () => {
    const words = new Map([
      ['tasks', 9],
      ['attack', 1],
    ])
    expect(closestWord('atacks', words)).toBe('attack')
  })
})
