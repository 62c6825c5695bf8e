import { crisisNumberProblem, crisisNumbersProblems, crisisRegionsProblems } from './crisis'

describe('crisisNumberProblem', () => {
  it.each([
    ['US', '988'],
    ['US', '911'],
    ['US', '741741'],
    ['US', '1-800-662-4357'],
    ['CA', '988'],
    ['GB', '116 123'],
    ['GB', '999'],
    ['GB', '85258'],
    ['IE', '116 123'],
    ['AU', '13 11 14'],
    ['NZ', '1737'],
  ])('accepts %s %s', (region, number) => {
    expect(crisisNumberProblem(region, number)).toBeNull()
  })

  it('rejects 811 in the US as a utility line', () => {
    expect(crisisNumberProblem('US', '811')).toMatch(/call before you dig/)
  })

  it.each(['800-273-8255', '1-800-273-8255', '(800) 273 8255'])(
    'rejects %s in the US as superseded by 988',
    (number) => {
      expect(crisisNumberProblem('US', number)).toMatch(/superseded by 988/)
    },
  )

  it('rejects letters and unknown regions', () => {
    expect(crisisNumberProblem('US', '1-800-273-TALK')).toMatch(/only digits/)
    expect(crisisNumberProblem('XX', '988')).toMatch(/not one Haven serves/)
  })

  it('rejects a number that cannot be dialled in the region', () => {
    expect(crisisNumberProblem('US', '12')).toMatch(/not a valid phone number/)
  })
})

describe('crisisRegionsProblems', () => {
  it('finds a line given two different numbers in one region', () => {
    const problems = crisisRegionsProblems([
      {
        region: 'US',
        lines: [
          { label: 'Suicide & Crisis Lifeline', number: '988' },
          { label: 'Suicide & crisis lifeline', number: '741741' },
        ],
      },
    ])
    expect(problems).toEqual([expect.stringMatching(/^regions 1 › lines 2: .* one number per region$/)])
  })

  it('finds a region listed twice', () => {
    expect(
      crisisRegionsProblems([
        { region: 'US', lines: [] },
        { region: 'US', lines: [] },
      ]),
    ).toEqual(['regions 2: US is already listed in row 1; each region appears once'])
  })

  it('accepts the same line label in different regions', () => {
    expect(
      crisisRegionsProblems([
        { region: 'US', lines: [{ label: 'Suicide & Crisis Lifeline', number: '988' }] },
        { region: 'CA', lines: [{ label: 'Suicide & Crisis Lifeline', number: '988' }] },
      ]),
    ).toEqual([])
  })
})

describe('crisisNumbersProblems', () => {
  it.each([
    ['US', '988', '811', /^regions 2 › lines 2 › number: 811 is the US "call before you dig" utility line/],
    ['US', '988', '1 (800) 273-8255', /^regions 2 › lines 2 › number: 800-273-8255 was superseded by 988/],
    ['CA', '988', '811', /^regions 2 › lines 2 › number: 811 is a provincial health information line/],
    ['GB', '116 123', '101', /^regions 2 › lines 2 › number: 101 is the police non-emergency line/],
    ['US', '988', 'call us', /^regions 2 › lines 2 › number: may contain only digits/],
  ])(
    'names the row, the line and the reason for %s %s then %s, with the field’s path',
    (region, valid, number, message) => {
      const regions = [
        { region: 'NZ', lines: [{ number: '1737' }] },
        { region, lines: [{ number: valid }, { number }] },
      ]
      expect(crisisNumbersProblems(regions)).toEqual([
        { path: 'regions.1.lines.1.number', message: expect.stringMatching(message) },
      ])
    },
  )

  it.each([
    ['a line without a number yet', [{ region: 'US', lines: [{ number: '' }, { number: null }, {}] }]],
    ['a row without a region yet', [{ region: null, lines: [{ number: '811' }] }]],
    ['a row without lines', [{ region: 'US', lines: null }]],
    ['valid numbers', [{ region: 'US', lines: [{ number: '988' }, { number: '741741' }] }]],
  ])('leaves %s alone', (_, regions) => {
    expect(crisisNumbersProblems(regions)).toEqual([])
  })
})
