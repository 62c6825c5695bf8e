import { median, percentile, powerLaw } from './stats'

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48)
    expect(median([5, 1, 3])).toBe(3)
  })

  it('is NaN for no samples rather than a made-up zero', () => {
    expect(percentile([], 50)).toBeNaN()
  })
})

describe('powerLaw', () => {
  it('recovers the exponent and coefficient of exact power-law data', () => {
    const fit = powerLaw([100, 1000, 10_000].map((x) => ({ x, y: 3 * x ** 1.5 })))
    expect(fit.exponent).toBeCloseTo(1.5, 6)
    expect(fit.coefficient).toBeCloseTo(3, 6)
  })

  it('says a constant cost does not grow', () => {
    expect(powerLaw([10, 100, 1000].map((x) => ({ x, y: 42 }))).exponent).toBeCloseTo(0, 9)
  })

  it('needs two usable points', () => {
    expect(powerLaw([{ x: 10, y: 1 }]).exponent).toBeNaN()
  })
})
