/**
 * Plain-text layout for a terminal, by display width (core/display-width.ts): tables that fit a
 * width by narrowing, then dropping, columns, and prose wrapped at spaces, so that no line is
 * ever longer than the terminal and nothing wraps by itself.
 */
import { displayWidth, padToWidth, truncateToWidth } from '../core/display-width.js'

export { displayWidth, padToWidth, truncateToWidth } from '../core/display-width.js'

/**
 * Words of `text` in lines of at most `max` columns, the later ones indented by `indent`
 * columns; a word longer than a line is cut.
 */
export function wrapToWidth(text: string, max: number | undefined, indent = 2): string[] {
  if (max === undefined || displayWidth(text) <= max) return [text]
  const lines: string[] = []
  let line = ''
  const room = (): number => (lines.length === 0 ? max : max - indent)
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (displayWidth(candidate) <= room() || line === '') {
      line = displayWidth(candidate) <= room() ? candidate : truncateToWidth(candidate, room())
      continue
    }
    lines.push(line)
    line = displayWidth(word) <= max - indent ? word : truncateToWidth(word, max - indent)
  }
  if (line !== '') lines.push(line)
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l))
}

export interface TableSpec {
  /** 'l' or 'r' per column. */
  readonly align: readonly ('l' | 'r')[]
  /** The column that narrows first (its cells cut with `…`), and how narrow it may get. */
  readonly shrink?: { readonly column: number; readonly min: number }
  /** Columns to leave out, in this order, when narrowing is not enough. */
  readonly drop?: readonly number[]
}

const GAP = 2

function measureColumns(rows: readonly (readonly string[])[], keep: readonly number[]): number[] {
  return keep.map((c) => Math.max(0, ...rows.map((r) => displayWidth(r[c] ?? ''))))
}

/**
 * Rows as aligned columns two spaces apart, each line at most `max` columns when given (the first
 * row is the header): the shrinking column narrows, then columns are dropped in order, then the
 * shrinking column narrows further; a line is cut as a last resort.
 */
export function layoutTable(
  rows: readonly (readonly string[])[],
  spec: TableSpec,
  max?: number,
): string[] {
  let keep = spec.align.map((_, c) => c)
  let widths = measureColumns(rows, keep)
  const total = (): number => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1)
  const shrinkTo = (min: number): void => {
    const at = spec.shrink !== undefined ? keep.indexOf(spec.shrink.column) : -1
    if (max === undefined || at < 0) return
    const over = total() - max
    if (over > 0) widths[at] = Math.max(min, widths[at]! - over)
  }
  if (max !== undefined && total() > max) {
    shrinkTo(spec.shrink?.min ?? 0)
    for (const column of spec.drop ?? []) {
      if (total() <= max) break
      const natural = measureColumns(rows, keep)
      const at = keep.indexOf(column)
      if (at < 0) continue
      keep = keep.filter((c) => c !== column)
      widths = natural.filter((_, i) => i !== at)
      shrinkTo(spec.shrink?.min ?? 0)
    }
    shrinkTo(1)
  }
  return rows.map((r) => {
    const line = keep
      .map((c, i) =>
        padToWidth(truncateToWidth(r[c] ?? '', widths[i]!), widths[i]!, spec.align[c]!),
      )
      .join(' '.repeat(GAP))
      .trimEnd()
    return max !== undefined ? truncateToWidth(line, max) : line
  })
}
