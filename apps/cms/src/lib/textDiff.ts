/**
 * Word- and row-level differences for the clinical review screen: what a reviewer reads to see what
 * changed since the approved version. A longest-common-subsequence diff, small on purpose (no diff
 * library is installed, and articles are a few thousand words at most).
 */

export type Part = { op: 'same' | 'added' | 'removed'; text: string }

/** Above this many cells the table would be too large to build per request; the rows are then compared whole. */
const MAX_CELLS = 4_000_000

/** The longest common subsequence of `a` and `b` as operations, in order. */
function lcs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Part['op'][] {
  const n = a.length
  const m = b.length
  if (n * m > MAX_CELLS) return [...a.map(() => 'removed' as const), ...b.map(() => 'added' as const)]
  // table[i][j]: length of the LCS of a[i..] and b[j..].
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      table[i]![j] = same(a[i]!, b[j]!)
        ? table[i + 1]![j + 1]! + 1
        : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
  const ops: Part['op'][] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!)) {
      ops.push('same')
      i += 1
      j += 1
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      ops.push('removed')
      i += 1
    } else {
      ops.push('added')
      j += 1
    }
  }
  for (; i < n; i += 1) ops.push('removed')
  for (; j < m; j += 1) ops.push('added')
  return ops
}

/** Words with the spaces after them, so joining the parts gives back the text. */
const tokens = (text: string) => text.match(/\S+\s*|\s+/g) ?? []

/** The word-level difference of two texts, neighbouring parts of one kind merged. */
export function diffWords(before: string, after: string): Part[] {
  const a = tokens(before)
  const b = tokens(after)
  const ops = lcs(a, b, (x, y) => x.trim() === y.trim())
  const parts: Part[] = []
  let i = 0
  let j = 0
  for (const op of ops) {
    const text = op === 'added' ? b[j++]! : op === 'removed' ? a[i++]! : (i++, b[j++]!)
    const last = parts[parts.length - 1]
    if (last?.op === op) last.text += text
    else parts.push({ op, text })
  }
  return parts
}

export type RowChange<T> =
  | { op: 'same'; after: T }
  | { op: 'added'; after: T }
  | { op: 'removed'; before: T }
  | { op: 'changed'; before: T; after: T }

/**
 * Rows of two lists (paragraphs, sources) aligned: equal rows are kept, and a run of removed rows
 * with added rows of the same kind pairs up as "changed" (so a reworded paragraph reads as one
 * paragraph with its words marked, not one deleted and one new).
 */
export function diffRows<T>(
  before: readonly T[],
  after: readonly T[],
  same: (x: T, y: T) => boolean,
  pairable: (x: T, y: T) => boolean,
): RowChange<T>[] {
  const ops = lcs(before, after, same)
  const out: RowChange<T>[] = []
  let i = 0
  let j = 0
  let removed: T[] = []
  let added: T[] = []
  // Each removed row pairs with the next added row of its kind; added rows it skips stay added.
  const flush = () => {
    let k = 0
    for (const row of removed) {
      const match = added.findIndex((candidate, index) => index >= k && pairable(row, candidate))
      if (match === -1) {
        out.push({ op: 'removed', before: row })
        continue
      }
      for (; k < match; k += 1) out.push({ op: 'added', after: added[k]! })
      out.push({ op: 'changed', before: row, after: added[match]! })
      k = match + 1
    }
    for (; k < added.length; k += 1) out.push({ op: 'added', after: added[k]! })
    removed = []
    added = []
  }
  for (const op of ops) {
    if (op === 'same') {
      flush()
      out.push({ op: 'same', after: after[j]! })
      i += 1
      j += 1
    } else if (op === 'removed') removed.push(before[i++]!)
    else added.push(after[j++]!)
  }
  flush()
  return out
}
