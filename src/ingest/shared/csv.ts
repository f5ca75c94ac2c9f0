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
  return sep === '' || sep.includes('"') ? splitCharByChar(line, sep) : splitQuoted(line, sep)
}

/**
 * The quoted case, a run of text at a time: the same cells as splitCharByChar. Outside quotes, a
 * quote opens a quoted part only when the cell so far is blank (which is then dropped); else it
 * is text. Inside, `""` is a quote and a lone `"` closes. A line may end inside quotes.
 */
function splitQuoted(line: string, sep: string): string[] {
  const cells: string[] = []
  let cell = ''
  let i = 0
  for (;;) {
    const quote = line.indexOf('"', i)
    const next = line.indexOf(sep, i)
    if (next !== -1 && (quote === -1 || next < quote)) {
      cells.push((cell + line.slice(i, next)).trim())
      cell = ''
      i = next + sep.length
      continue
    }
    if (quote === -1) {
      cells.push((cell + line.slice(i)).trim())
      return cells
    }
    cell += line.slice(i, quote)
    if (cell.trim() !== '') {
      cell += '"'
      i = quote + 1
      continue
    }
    cell = ''
    let j = quote + 1
    for (;;) {
      const close = line.indexOf('"', j)
      if (close === -1) {
        cells.push((cell + line.slice(j)).trim())
        return cells
      }
      cell += line.slice(j, close)
      if (line.charCodeAt(close + 1) !== 0x22) {
        i = close + 1
        break
      }
      cell += '"'
      j = close + 2
    }
  }
}

/** The quoted case, one character at a time (the definition splitQuoted follows). */
function splitCharByChar(line: string, sep: string): string[] {
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

/** For tests: the character-by-character split that splitCsvLine must match. */
export const splitCsvLineByChar = (line: string, sep = ','): string[] =>
  line.includes('"') ? splitCharByChar(line, sep) : splitCsvLine(line, sep)

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

/**
 * Is trimmed text `t` a null spelling? Every spelling is empty or starts with `n`, `N`, `[` or
 * `-` (no other character lower-cases to those), so most cells are decided without lower-casing.
 */
function isNullText(t: string): boolean {
  if (t.length === 0) return true
  const c = t.charCodeAt(0)
  if (c !== 0x6e && c !== 0x4e && c !== 0x5b && c !== 0x2d) return false
  return NULLS.has(t.toLowerCase())
}

export function isNullCell(cell: string | undefined): boolean {
  return cell === undefined || isNullText(cell.trim())
}

/** A cell as text, or undefined when it is one of the null spellings. */
export function textCell(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined
  const t = cell.trim()
  return isNullText(t) ? undefined : t
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

/** A header name written twice: which column counts would be a guess. */
export interface DuplicateColumn {
  readonly name: string
  /** 1-based positions of its first two occurrences. */
  readonly first: number
  readonly second: number
}

/**
 * The first name among `wanted` (names a reader uses; exact, or `prefix*`) that the header holds
 * twice, or undefined. Names are trimmed as indexHeader trims them.
 */
export function findDuplicateColumn(
  cells: readonly string[],
  wanted: readonly string[] | ((name: string) => boolean),
): DuplicateColumn | undefined {
  const uses =
    typeof wanted === 'function'
      ? wanted
      : (name: string): boolean =>
          wanted.some((w) => (w.endsWith('*') ? name.startsWith(w.slice(0, -1)) : name === w))
  const seen = new Map<string, number>()
  for (let i = 0; i < cells.length; i++) {
    const name = cells[i]!.trim()
    if (name === '' || !uses(name)) continue
    const first = seen.get(name)
    if (first !== undefined) return { name, first: first + 1, second: i + 1 }
    seen.set(name, i)
  }
  return undefined
}

/** The message for a duplicated column (readers put it in an ArtifactError naming the line). */
export function duplicateColumnMessage(d: DuplicateColumn): string {
  return (
    `column "${d.name}" appears twice in the header (fields ${d.first} and ${d.second}): ` +
    'which one holds the value is ambiguous; remove or rename one'
  )
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

/*
 * Byte-level helpers for the fast paths of large logs: they read a line's bytes in place (no
 * string per line or per cell) and give up (NaN, -1, false) on anything they do not fully
 * understand, so that the caller can hand that line to its string path instead.
 */

/** Are the bytes `bytes[start..end)` the characters of `text` (which the caller knows is ASCII)? */
export function equalsAscii(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false
  return true
}

/** `bytes[start..end)` as text, for bytes the caller knows are ASCII. */
export function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = ''
  for (let at = start; at < end; at += 4096) {
    const part = bytes.subarray(at, Math.min(end, at + 4096))
    text += String.fromCharCode.apply(null, part as unknown as number[])
  }
  return text
}

/** The first offset in `[start, end)` whose byte is above a space (as sliceTrimmed trims), or end. */
export function skipSpaces(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && bytes[start]! <= 0x20) start++
  return start
}

/** The offset after the last byte in `[start, end)` above a space, or start. */
export function skipSpacesBack(bytes: Uint8Array, start: number, end: number): number {
  while (end > start && bytes[end - 1]! <= 0x20) end--
  return end
}

/** 10^k for k ≤ 15, exact as doubles. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k)
/** Above this many digits the integer mantissa might not be exact: give up. */
const MAX_DIGITS = 15

/**
 * An unsigned decimal `D+[.D*]` at `bytes[start..end)` (all of it), the same double as `Number()`
 * gives: the digits (≤ 15) form an exact integer m, and m / 10^k is correctly rounded like
 * Number's parse. NaN for anything else (signs, exponents, too many digits).
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let mantissa = 0
  let digits = 0
  let fraction = -1
  let i = start
  for (; i < end; i++) {
    const d = bytes[i]! - 0x30
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d
      digits++
      if (fraction >= 0) fraction++
    } else if (d === -2 && fraction < 0 && i > start) {
      fraction = 0 // '.'
    } else return NaN
  }
  if (digits === 0 || digits > MAX_DIGITS) return NaN
  return fraction > 0 ? mantissa / POWERS_OF_TEN[fraction]! : mantissa
}
