/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours each count 1 (`budegt` is one edit from `budget`). For "did you mean …?".
 */
export function measureEditDistance(a: string, b: string): number {
  if (a === b) return 0
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      }
      rows[i]![j] = d
    }
  }
  return rows[a.length]![b.length]!
}
