/**
 * Display width in a terminal: CJK and most emoji take two columns, combining marks and ANSI
 * escapes none (`string-width` knows the Unicode tables). Cutting and padding by that width.
 */
import stringWidth from 'string-width'

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  return stringWidth(text)
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** `text` cut to at most `max` columns, with `…` when cut (never half a character). */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text
  if (max <= 0) return ''
  let out = ''
  let used = 0
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment)
    if (used + w > max - 1) break
    out += segment
    used += w
  }
  return `${out}…`
}

/** `text` cut from its start to at most `max` columns: `…/runs/emissions.csv`. */
export function truncateStartToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text
  if (max <= 0) return ''
  const parts = Array.from(segmenter.segment(text), (s) => s.segment)
  let tail = ''
  let used = 0
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = displayWidth(parts[i]!)
    if (used + w > max - 1) break
    tail = parts[i]! + tail
    used += w
  }
  return `…${tail}`
}

/** `text` padded with spaces to `width` columns, on the right ('l') or the left ('r'). */
export function padToWidth(text: string, width: number, align: 'l' | 'r'): string {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'r' ? pad + text : text + pad
}
