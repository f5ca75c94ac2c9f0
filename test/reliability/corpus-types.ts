/**
 * The shape of a malformed-input case and small helpers to write them. A case lists the files it
 * puts in a fresh workspace (beside the valid artifacts in `good/`), the arguments after
 * `carbon-gate check`, and what must happen.
 */

/** What a case is about: a reader's format, the config file, a flag, or finding files. */
export type Subject =
  | 'codecarbon'
  | 'generic'
  | 'carbontracker'
  | 'eco2ai'
  | 'zeus'
  | 'nvidia-smi'
  | 'dcgm'
  | 'impact-tracker'
  | 'config-file'
  | 'flag'
  | 'paths'

/** Content is produced when the case runs, so the corpus module holds no big buffers. */
export type Content = string | Uint8Array | (() => string | Uint8Array)

export interface FileSpec {
  /** Relative to the workspace. */
  readonly path: string
  readonly content?: Content
  /** Make `path` a symbolic link to this target (`$OUT` = a directory outside the workspace). */
  readonly symlink?: string
  /** Create `path` as an empty directory. */
  readonly dir?: boolean
  /** Create `path` as a named pipe (POSIX only): reading it would block for ever. */
  readonly fifo?: boolean
}

export interface Outcome {
  readonly code: 0 | 1 | 2
  /**
   * For code 2: the `<where>` of the one error line, as a regex source (file, file:line, flag or
   * key). The CLI line must match `^carbon-gate: error: <where>: \S`.
   */
  readonly where?: string
  /** For codes 0/1: a regex one of the report's warnings must match. */
  readonly warning?: RegExp
}

export interface Case {
  /** `<subject>/<what>`, unique. */
  readonly id: string
  readonly subject: Subject
  /** The bullet this case covers (empty, binary, truncated, …). */
  readonly kind: string
  readonly files: readonly FileSpec[]
  /** Arguments after `check`; the `good` directory is appended for artifact cases. */
  readonly args: readonly string[]
  /** What must happen (one outcome, or several acceptable ones). */
  readonly expect: Outcome | readonly Outcome[]
  /** Run without the valid artifacts in `good/` (e.g. to show that nothing found is an error). */
  readonly alone?: boolean
  /** Default 20 s. */
  readonly timeoutMs?: number
  /** Checks on the JSON report beyond the outcome; returns a problem or undefined. */
  readonly verify?: (report: ReportView) => string | undefined
  /** Why this expectation (shown in failures and in docs/reliability.md). */
  readonly note?: string
}

/** The parts of the JSON report the corpus looks at. */
export interface ReportView {
  readonly verdict: string
  readonly totals: Readonly<Record<string, number | null>>
  readonly jobs: readonly {
    readonly name: string
    readonly source: { readonly path: string; readonly format: string; readonly line?: number }
    readonly itEnergyKWh: number
    readonly totalKg: number | null
  }[]
  readonly warnings: readonly string[]
  readonly errors: readonly string[]
}

/** Escape text for use inside a RegExp. */
export function re(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `where` for an artifact: the file, and the line when given (else an optional line). */
export function at(file: string, line?: number): string {
  return line === undefined ? `${re(file)}(?::\\d+)?` : `${re(file)}:${line}`
}

/** A seeded generator (mulberry32): the same bytes on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `n` pseudo-random bytes (with NULs and invalid UTF-8), the same for the same seed. */
export function binaryBytes(n: number, seed: number): Uint8Array {
  const next = seededRandom(seed)
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = Math.floor(next() * 256)
  return out
}

/** Text as UTF-16LE with a BOM (Windows "Unicode"). */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out[0] = 0xff
  out[1] = 0xfe
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[2 + i * 2] = c & 0xff
    out[3 + i * 2] = c >> 8
  }
  return out
}

/** Text as Latin-1 bytes (é → 0xE9: invalid UTF-8). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff)
}

/** The text cut to its first `fraction` of characters. */
export function truncate(text: string, fraction: number): string {
  return text.slice(0, Math.floor(text.length * fraction))
}

/** A case with one bad file named explicitly on the command line. */
export function badFile(
  subject: Subject,
  what: string,
  kind: string,
  path: string,
  content: Content,
  expect: Outcome | readonly Outcome[],
  extra: Partial<Pick<Case, 'verify' | 'note' | 'timeoutMs'>> = {},
): Case {
  return {
    id: `${subject}/${what}`,
    subject,
    kind,
    files: [{ path, content }],
    args: [path],
    expect,
    ...extra,
  }
}

/** A CSV row with the cell of column `name` replaced. */
export function setCell(header: string, row: string, name: string, value: string): string {
  const cells = row.split(',')
  const i = header.split(',').indexOf(name)
  if (i < 0) throw new Error(`no column ${name}`)
  cells[i] = value
  return cells.join(',')
}

/** Every outcome a case accepts. */
export function outcomes(c: Case): readonly Outcome[] {
  return Array.isArray(c.expect) ? (c.expect as readonly Outcome[]) : [c.expect as Outcome]
}
