/** Small statistics for benchmark samples. */

/** The `p`-th percentile (0–100) of `values`, by linear interpolation between closest ranks. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

export const median = (values: number[]): number => percentile(values, 50)

/**
 * Fits `y = a · x^k` by least squares on log-log axes and returns the exponent `k` (1 = linear growth,
 * 0 = constant) and `a`. Needs at least two distinct positive x.
 */
export function powerLaw(points: { x: number; y: number }[]): { exponent: number; coefficient: number } {
  const usable = points.filter((p) => p.x > 0 && p.y > 0)
  if (usable.length < 2) return { exponent: Number.NaN, coefficient: Number.NaN }
  const xs = usable.map((p) => Math.log(p.x))
  const ys = usable.map((p) => Math.log(p.y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my)
    den += (xs[i]! - mx) ** 2
  }
  const exponent = den === 0 ? Number.NaN : num / den
  return { exponent, coefficient: Math.exp(my - exponent * mx) }
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits))
