/** "Did you mean …?" for misspelt keys and inputs. */

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function measureDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitute))
    }
    previous = current
  }
  return previous[b.length]!
}

/** Lower case, `_` and spaces as `-`: `Idle_Ratio` and `idle-ratio` are the same word. */
function normalizeKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-')
}

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a plausible
 * typo (at most 2 edits, or a third of the candidate's length for long keys).
 */
export function findNearestKey(word: string, candidates: readonly string[]): string | undefined {
  const w = normalizeKey(word)
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = measureDistance(w, normalizeKey(candidate))
    const limit = Math.max(2, Math.floor(candidate.length / 3))
    if (d <= limit && d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
