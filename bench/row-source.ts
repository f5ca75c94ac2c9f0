/**
 * Generated files are streamed: a RowSource hands out blocks of complete lines, and the writer
 * flushes them to disk in 1 MiB pieces, so generating a 1 GB file keeps only a block in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs'

export interface Block {
  /** Complete lines, each ending in `\n`. */
  readonly text: string
  /** Data rows in `text`. */
  readonly rows: number
}

export interface RowSource {
  /** The header line(s), each ending in `\n`. */
  readonly header: string
  /** The next block, or undefined when the source has no more rows. */
  nextBlock(): Block | undefined
  /** The energy of every block handed out so far, kWh (what a correct reader must find). */
  expectedKWh(): number
}

export interface Written {
  readonly bytes: number
  readonly rows: number
  readonly expectedKWh: number
}

const FLUSH_BYTES = 1024 * 1024

/**
 * Pull blocks from `source` into `sink` until the source ends or `maxBytes` is reached (the block
 * that crosses it is kept whole, so the file ends on a record boundary).
 */
export function drainSource(
  source: RowSource,
  maxBytes: number,
  sink: (text: string) => void,
): Written {
  let bytes = Buffer.byteLength(source.header)
  let rows = 0
  sink(source.header)
  while (bytes < maxBytes) {
    const block = source.nextBlock()
    if (block === undefined) break
    bytes += Buffer.byteLength(block.text)
    rows += block.rows
    sink(block.text)
  }
  return { bytes, rows, expectedKWh: source.expectedKWh() }
}

/** Write a source to `path` (truncating it), in 1 MiB writes. */
export function writeSource(path: string, source: RowSource, maxBytes = Infinity): Written {
  const fd = openSync(path, 'w')
  try {
    let pending: string[] = []
    let pendingLength = 0
    const flush = (): void => {
      if (pending.length === 0) return
      writeSync(fd, pending.join(''))
      pending = []
      pendingLength = 0
    }
    const written = drainSource(source, maxBytes, (text) => {
      pending.push(text)
      pendingLength += text.length
      if (pendingLength >= FLUSH_BYTES) flush()
    })
    flush()
    return written
  } finally {
    closeSync(fd)
  }
}

/** A whole source as one string (tests, small files). */
export function renderSource(source: RowSource, maxBytes = Infinity): string {
  const parts: string[] = []
  drainSource(source, maxBytes, (text) => parts.push(text))
  return parts.join('')
}

/** Two digits, three digits: for hand-built timestamps. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}
