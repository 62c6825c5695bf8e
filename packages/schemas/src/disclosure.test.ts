import { DEFAULT_DISCLOSURE_TEMPLATE, formatDisclosure, formatNameList } from './disclosure'

describe('formatNameList', () => {
  it.each([
    [[], ''],
    [['Harborline'], 'Harborline'],
    [['Harborline', 'Twofold'], 'Harborline and Twofold'],
    [
      ['OurRelationship', 'Ritual', 'BetterHelp', 'Online-Therapy'],
      'OurRelationship, Ritual, BetterHelp, and Online-Therapy',
    ],
  ])('lists %j as "%s"', (names, expected) => {
    expect(formatNameList(names)).toBe(expected)
  })

  it('names each partner once, however often it appears', () => {
    expect(formatNameList(['A', 'B', 'A', ' B '])).toBe('A and B')
  })
})

describe('formatDisclosure', () => {
  it('puts the list into the settings’ wording', () => {
    expect(formatDisclosure(['A', 'B', 'C'], 'Paid by {partners}.')).toBe('Paid by A, B, and C.')
  })

  it('falls back to the default wording when the template lost its placeholder', () => {
    expect(formatDisclosure(['A'], 'Paid by our partners.')).toBe(
      DEFAULT_DISCLOSURE_TEMPLATE.replace('{partners}', 'A'),
    )
  })

  it('gives no disclosure for a group without partners', () => {
    expect(formatDisclosure([])).toBeNull()
  })
})
