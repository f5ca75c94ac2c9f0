/** "Did you mean …?" for misspelt keys and inputs. */
import { measureEditDistance } from '../core/edit-distance.js'

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
    const d = measureEditDistance(w, normalizeKey(candidate))
    const limit = Math.max(2, Math.floor(candidate.length / 3))
    if (d <= limit && d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
