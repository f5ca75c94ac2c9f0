/**
 * Array helpers that are safe for any length: `a.push(...b)` and `Math.max(...b)` pass every item
 * as an argument and throw "Maximum call stack size exceeded" past ~10⁵ items (a sweep of runs).
 */

/** Append every item of `items` to `target` (in order); returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of `values`, or `empty` when there is none (Math.max's NaN rule kept). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let best: number | undefined
  for (const v of values) {
    if (Number.isNaN(v)) return NaN
    if (best === undefined || v > best) best = v
  }
  return best ?? empty
}

/** The smallest of `values`, or `empty` when there is none (Math.min's NaN rule kept). */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let best: number | undefined
  for (const v of values) {
    if (Number.isNaN(v)) return NaN
    if (best === undefined || v < best) best = v
  }
  return best ?? empty
}
