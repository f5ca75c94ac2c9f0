/**
 * Fitting a rendered document under a size limit: try ever less detailed renderings, and cut
 * only when even the least detailed one is too long.
 */

export type Measure = (text: string) => number

/** UTF-16 code units: never fewer than the characters GitHub counts. */
export const measureChars: Measure = (text) => text.length

const encoder = new TextEncoder()
/** UTF-8 bytes (the job summary's limit is in bytes). */
export const measureBytes: Measure = (text) => encoder.encode(text).length

export const TRUNCATION_NOTE =
  '\n\n… (cut to fit the size limit; the job summary has the full report)\n'

/**
 * The first rendering of `levels` (most detailed first) whose size is within `limit`; when none
 * fits, the least detailed one cut at a line end with a note. Never longer than `limit`.
 */
export function fitToLimit<T>(
  levels: readonly T[],
  render: (level: T) => string,
  limit: number,
  measure: Measure,
): string {
  let last = ''
  for (const level of levels) {
    last = render(level)
    if (measure(last) <= limit) return last
  }
  return truncateText(last, limit, measure)
}

/** `text` cut so that it plus the truncation note fit in `limit`, at a line end when possible. */
export function truncateText(text: string, limit: number, measure: Measure): string {
  if (measure(text) <= limit) return text
  const note = measure(TRUNCATION_NOTE) <= limit ? TRUNCATION_NOTE : ''
  let cut = Math.min(text.length, Math.max(0, limit))
  let size = measure(text.slice(0, cut) + note)
  while (cut > 0 && size > limit) {
    cut = Math.max(0, cut - Math.max(1, size - limit))
    size = measure(text.slice(0, cut) + note)
  }
  const code = text.charCodeAt(cut - 1)
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1
  const lineEnd = text.lastIndexOf('\n', cut)
  if (lineEnd > cut / 2) cut = lineEnd
  return text.slice(0, cut) + note
}
