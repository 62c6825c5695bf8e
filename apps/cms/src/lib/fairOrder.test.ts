import { fairOrder, rotationDay, rotationRank } from './fairOrder'

const ids = Array.from({ length: 30 }, (_, i) => ({ id: i + 1 }))

describe('fairOrder', () => {
  it('is the same order all day, and a different one the next day', () => {
    const monday = fairOrder(ids, '2026-12-07').map((x) => x.id)
    expect(fairOrder([...ids].reverse(), '2026-12-07').map((x) => x.id)).toEqual(monday)
    expect(fairOrder(ids, '2026-12-08').map((x) => x.id)).not.toEqual(monday)
    expect([...monday].sort((a, b) => a - b)).toEqual(ids.map((x) => x.id))
  })

  it('rotates: over a month every listing of 30 leads at least once in a while, no one always', () => {
    const leaders = new Set<number>()
    for (let day = 1; day <= 31; day++)
      leaders.add(fairOrder(ids, `2027-01-${String(day).padStart(2, '0')}`)[0]!.id)
    expect(leaders.size).toBeGreaterThan(10)
  })

  it('puts nearer bands first and rotates only within a band of 5 miles', () => {
    const items = [
      { id: 1, distanceMiles: 12.2 },
      { id: 2, distanceMiles: 0.4 },
      { id: 3, distanceMiles: 4.9 },
      { id: 4, distanceMiles: 11.0 },
      { id: 5, distanceMiles: 30 },
    ]
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      const order = fairOrder(items, day).map((x) => x.id)
      expect(new Set(order.slice(0, 2))).toEqual(new Set([2, 3]))
      expect(new Set(order.slice(2, 4))).toEqual(new Set([1, 4]))
      expect(order[4]).toBe(5)
    }
  })

  it('takes the UTC day, and ranks by the day and id alone', () => {
    expect(rotationDay(new Date('2026-12-04T23:59:59.000Z'))).toBe('2026-12-04')
    expect(rotationRank('2026-12-04', 7)).toBe(rotationRank('2026-12-04', '7'))
    expect(rotationRank('2026-12-04', 7)).not.toBe(rotationRank('2026-12-05', 7))
  })
})
