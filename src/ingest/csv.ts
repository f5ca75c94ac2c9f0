/**
 * Small CSV helpers shared by the readers: split a line (RFC 4180 quotes), find columns by
 * header name, read the cells trackers write (`nan`, `[N/A]`, units, pandas floats).
 */

/** Split one CSV line. Quoted cells may hold the separator and doubled quotes. Cells are trimmed. */
export function splitCsvLine(line: string, sep = ','): string[] {
  if (!line.includes('"')) {
    const cells = line.split(sep)
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim()
    return cells
  }
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += ch
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (line.startsWith(sep, i)) {
      cells.push(cell.trim())
      cell = ''
      i += sep.length - 1
    } else cell += ch
  }
  cells.push(cell.trim())
  return cells
}

/** Values trackers write for "no value". Compared lower-cased. */
const NULLS = new Set([
  '',
  'nan',
  'none',
  'null',
  'n/a',
  '[n/a]',
  '[not supported]',
  '[unknown error]',
  '[insufficient permissions]',
  '[requested functionality has been deprecated]',
  '-',
])

export function isNullCell(cell: string | undefined): boolean {
  return cell === undefined || NULLS.has(cell.trim().toLowerCase())
}

/** A cell as text, or undefined when it is one of the null spellings. */
export function textCell(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined
  const t = cell.trim()
  return NULLS.has(t.toLowerCase()) ? undefined : t
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * A numeric cell: undefined when null, NaN when it is not a number. Accepts a trailing unit
 * (`631.95 W`, `100 %`) when `unit` is given. `nan`/`inf` spelled out are reported as NaN/±Infinity.
 */
export function numberCell(cell: string | undefined, unit?: string): number | undefined {
  let t = textCell(cell)
  if (t === undefined) return undefined
  if (unit !== undefined && t.endsWith(unit)) t = t.slice(0, -unit.length).trim()
  if (NUMBER.test(t)) return Number(t)
  const lower = t.toLowerCase()
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity') return Infinity
  if (lower === '-inf' || lower === '-infinity') return -Infinity
  return NaN
}

/** Header names → column index; names trimmed and matched exactly. */
export function indexHeader(cells: readonly string[]): Map<string, number> {
  const index = new Map<string, number>()
  cells.forEach((name, i) => {
    const key = name.trim()
    if (key !== '' && !index.has(key)) index.set(key, i)
  })
  return index
}

/** The first header name that matches one of the candidates (exact names, or `prefix*`). */
export function findColumn(
  header: ReadonlyMap<string, number>,
  ...candidates: string[]
): number | undefined {
  for (const c of candidates) {
    if (c.endsWith('*')) {
      const prefix = c.slice(0, -1)
      for (const [name, i] of header) if (name.startsWith(prefix)) return i
    } else {
      const i = header.get(c)
      if (i !== undefined) return i
    }
  }
  return undefined
}
