/**
 * Lines from a stream of bytes: UTF-8, BOM removed, `\n` or `\r\n`, 1-based numbers.
 * Streams: memory stays bounded by the longest line, not the file.
 *
 * Three ways to walk them, all with the same lines and numbers:
 * - `readLines`: an async generator of `{ text, no }` (simple; one await per line);
 * - `forEachLine`: a callback per line as text (one await per chunk: faster);
 * - `forEachRow`: a callback per line as a range of bytes with the offsets of its separators, no
 *   string made (for fast paths that decode only what they need; `decodeLine` gives the text
 *   readLines would have given).
 */
import {
  COUNT_MASK,
  INDEX_WINDOW,
  QUOTED,
  separatorIndex,
  spareSeparatorIndex,
  type SeparatorIndex,
} from './csv-index.js'

export interface Line {
  readonly text: string
  /** 1-based line number in the file. */
  readonly no: number
}

const LF = 0x0a
const CR = 0x0d
/** Bytes of text decoded at a time (forEachLine). */
const SPAN = 64 * 1024
/** Report progress after this many more bytes. */
const PROGRESS_STEP = 8 * 1024 * 1024

/** Calls `onProgress` every PROGRESS_STEP bytes, and once at the end. */
class ProgressCounter {
  bytes = 0
  private lastReport = 0

  constructor(private readonly onProgress: ((bytesRead: number) => void) | undefined) {}

  add(n: number): void {
    this.bytes += n
    if (this.onProgress && this.bytes - this.lastReport >= PROGRESS_STEP) {
      this.lastReport = this.bytes
      this.onProgress(this.bytes)
    }
  }

  end(): void {
    if (this.onProgress) this.onProgress(this.bytes)
  }
}

export async function* readLines(
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<Line> {
  // Lines are cut a chunk at a time and handed out one by one.
  for await (const lines of readLineBatches(chunks, onProgress))
    for (const line of lines) yield line
}

/** Lines in batches (one per chunk read), for readLines. */
async function* readLineBatches(
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<Line[]> {
  const splitter = new TextSplitter()
  const progress = new ProgressCounter(onProgress)
  for await (const chunk of chunks) {
    progress.add(chunk.byteLength)
    const batch: Line[] = []
    splitter.push(chunk, (text, no) => {
      batch.push({ text, no })
    })
    if (batch.length > 0) yield batch
  }
  progress.end()
  const last: Line[] = []
  splitter.end((text, no) => {
    last.push({ text, no })
  })
  if (last.length > 0) yield last
}

/** A growable buffer for a line that spans windows, and its separators. */
/** No tracker writes a line this long: longer ones are refused before they exhaust memory. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024

/** A line longer than MAX_LINE_BYTES; readArtifact turns it into an error naming file and line. */
export class LineTooLongError extends Error {
  override readonly name = 'LineTooLongError'
  constructor(readonly lineNo: number) {
    super(`a line longer than ${MAX_LINE_BYTES / 1048576} MiB: this is not a tracker artifact`)
  }
}

class Carry {
  bytes = new Uint8Array(1024)
  view = new DataView(this.bytes.buffer)
  length = 0
  seps = new Int32Array(64)

  /** `lineNo` tells which line is being carried, for the error. */
  constructor(private readonly lineNo: () => number) {}

  append(src: Uint8Array, from: number, to: number): void {
    const n = to - from
    if (n <= 0) return
    if (this.length + n > MAX_LINE_BYTES) throw new LineTooLongError(this.lineNo())
    if (this.length + n > this.bytes.byteLength) {
      let size = this.bytes.byteLength * 2
      while (size < this.length + n) size *= 2
      const grown = new Uint8Array(size)
      grown.set(this.bytes.subarray(0, this.length))
      this.bytes = grown
      this.view = new DataView(grown.buffer)
    }
    this.bytes.set(src.subarray(from, to), this.length)
    this.length += n
  }

  /** The separators of the carried line into `seps`: their count, or -1 when it holds a quote. */
  listSeparators(sep: number, quote: number): number {
    const bytes = this.bytes
    let n = 0
    for (let i = 0; i < this.length; i++) {
      const c = bytes[i]
      if (c === sep) {
        if (n === this.seps.length) {
          const grown = new Int32Array(n * 2)
          grown.set(this.seps)
          this.seps = grown
        }
        this.seps[n++] = i
      } else if (c === quote) return -1
    }
    return n
  }
}

/**
 * Decodes chunks and cuts the text into lines; keeps the unfinished line as bytes. Only whole
 * lines are decoded, a span of them at a time, each span in one call without `stream` (Node's
 * fast UTF-8 path; streaming goes through ICU with large temporary buffers). A `\n` never falls
 * inside a UTF-8 sequence, so the text is the same as one streaming decode would give.
 */
class TextSplitter {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  private no = 0
  private readonly carry = new Carry(() => this.no + 1)
  /** The start of the file has been decoded (and its BOMs dropped). */
  private started = false
  /** Set when the callback asked to stop. */
  stopped = false

  push(chunk: Uint8Array, onLine: (text: string, no: number) => unknown): void {
    const n = chunk.byteLength
    for (let from = 0; from < n;) {
      // Spans of whole lines of about SPAN bytes: their strings are small enough for the young
      // generation, so they are freed as soon as their lines are read.
      const limit = Math.min(n, from + SPAN)
      let last = chunk.lastIndexOf(LF, limit - 1)
      if (last < from) last = limit === n ? -1 : chunk.indexOf(LF, limit)
      if (last === -1) {
        this.carry.append(chunk, from, n)
        return
      }
      let text: string
      if (this.carry.length > 0) {
        this.carry.append(chunk, from, last + 1)
        text = this.decode(this.carry.bytes.subarray(0, this.carry.length))
        this.carry.length = 0
      } else text = this.decode(chunk.subarray(from, last + 1))
      from = last + 1
      if (!this.cut(text, onLine)) {
        this.stopped = true
        return
      }
    }
  }

  /** The lines of `text`, which ends with `\n`; false when `onLine` asked to stop. */
  private cut(text: string, onLine: (text: string, no: number) => unknown): boolean {
    let start = 0
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      this.no++
      const end = nl > start && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl
      if (onLine(text.slice(start, end), this.no) === false) return false
      start = nl + 1
    }
    return true
  }

  end(onLine: (text: string, no: number) => unknown): void {
    if (this.carry.length === 0) return
    const text = this.decode(this.carry.bytes.subarray(0, this.carry.length))
    this.carry.length = 0
    if (text.length > 0) {
      this.no++
      onLine(text.charCodeAt(text.length - 1) === CR ? text.slice(0, -1) : text, this.no)
    }
  }

  /**
   * Decode; at the start of the file, drop up to two U+FEFF (readLines always dropped the BOM its
   * decoder drops, and one more).
   */
  private decode(bytes: Uint8Array): string {
    const text = this.decoder.decode(bytes)
    if (this.started) return text
    this.started = true
    let from = 0
    if (text.charCodeAt(0) === 0xfeff) from = text.charCodeAt(1) === 0xfeff ? 2 : 1
    return from === 0 ? text : text.slice(from)
  }
}

/**
 * Calls `onLine` with every line as text (the lines readLines yields). `onLine` may return `false`
 * to stop reading; errors it throws end the read and are passed on.
 */
export async function forEachLine(
  chunks: AsyncIterable<Uint8Array>,
  onLine: (text: string, no: number) => unknown,
  onProgress?: (bytesRead: number) => void,
): Promise<void> {
  const splitter = new TextSplitter()
  const progress = new ProgressCounter(onProgress)
  for await (const chunk of chunks) {
    progress.add(chunk.byteLength)
    splitter.push(chunk, onLine)
    if (splitter.stopped) return
  }
  progress.end()
  splitter.end(onLine)
}

/**
 * A line as bytes with its separators: `bytes[start..end)` without its `\n` and one trailing `\r`
 * (and, on line 1, without the BOM); `seps[sepAt..sepAt + sepCount)` are the offsets of the
 * separators in it, in order. `sepCount` is -1 when the line holds a quote: such a line is for a
 * string path (decodeLine). `view` is a DataView over the same memory as `bytes`. All of these
 * are only valid during the call.
 */
export type RowHandler = (
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  seps: Int32Array,
  sepAt: number,
  sepCount: number,
  no: number,
) => unknown

/**
 * Calls `onRow` with every line as bytes and the offsets of its separators (`sep`; a `quote` in a
 * line sends it to the string path, pass `sep` as `quote` when quotes mean nothing): the same
 * lines, numbered the same, as readLines. No string is made. The offsets come from csv-index.ts
 * (16 bytes at a time). `onRow` may return `false` to stop.
 *
 * A chunk that was read straight into one of the index's windows (file-input.ts) is indexed
 * where it lies; any other chunk is copied into the first window, or, while a file reader holds
 * the windows, into the spare index's.
 */
export async function forEachRow(
  chunks: AsyncIterable<Uint8Array>,
  sep: number,
  quote: number,
  onRow: RowHandler,
  onProgress?: (bytesRead: number) => void,
  index: SeparatorIndex = separatorIndex(),
): Promise<void> {
  let no = 0
  const carry = new Carry(() => no + 1)
  const progress = new ProgressCounter(onProgress)
  const memory = index.memory
  /** The 16 bytes after a range, which the index overwrites: put back (a chunk may go on there). */
  const after = new Uint8Array(16)
  /** The line so far is in `carry` (it started in an earlier window). */
  let carried = false
  const emit = (
    rowBytes: Uint8Array,
    rowView: DataView,
    start: number,
    end: number,
    seps: Int32Array,
    sepAt: number,
    count: number,
  ): boolean => {
    no++
    if (no === 1) start = skipBoms(rowBytes, start, end)
    if (end > start && rowBytes[end - 1] === CR) end--
    return onRow(rowBytes, rowView, start, end, seps, sepAt, count, no) !== false
  }
  const emitCarry = (): boolean => {
    carried = false
    const count = carry.listSeparators(sep, quote)
    const length = carry.length
    carry.length = 0
    return emit(carry.bytes, carry.view, 0, length, carry.seps, 0, count)
  }
  /** Index `memory[from..to)` and hand out its lines; false when `onRow` asked to stop. */
  const walk = (ix: SeparatorIndex, from: number, to: number): boolean => {
    const bytes = ix.memory
    after.set(bytes.subarray(to, to + 16))
    const words = ix.scanRange(from, to, sep, quote)
    bytes.set(after, to)
    const view = ix.memoryView
    const recs = ix.records
    let start = from
    for (let k = 0; k < words;) {
      const header = recs[k]!
      const count = header & COUNT_MASK
      const end = recs[k + 1 + count]!
      if (carried) {
        carry.append(bytes, from, end)
        if (!emitCarry()) return false
      } else if (!emit(bytes, view, start, end, recs, k + 1, header & QUOTED ? -1 : count)) {
        return false
      }
      start = end + 1
      k += count + 2
    }
    if (start < to) {
      carry.append(bytes, start, to)
      carried = true
    }
    return true
  }
  for await (const chunk of chunks) {
    const n = chunk.byteLength
    progress.add(n)
    if (chunk.buffer === memory.buffer && n <= INDEX_WINDOW && inWindow(index, chunk)) {
      // Read into a window (the 16 bytes after it are padding the index may overwrite).
      if (!walk(index, chunk.byteOffset, chunk.byteOffset + n)) return
      continue
    }
    const ix = index.claimed ? spareSeparatorIndex() : index
    for (let offset = 0; offset < n; offset += INDEX_WINDOW) {
      const length = Math.min(INDEX_WINDOW, n - offset)
      ix.memory.set(chunk.subarray(offset, offset + length))
      if (!walk(ix, 0, length)) return
    }
  }
  progress.end()
  // readLines yields a last line without `\n` unless it is empty once the BOM is removed.
  if (carried && (no > 0 || skipBoms(carry.bytes, 0, carry.length) < carry.length)) emitCarry()
}

/** Does `chunk` lie inside one of the index's windows? */
function inWindow(index: SeparatorIndex, chunk: Uint8Array): boolean {
  const at = chunk.byteOffset
  const end = at + chunk.byteLength
  for (const w of index.windows) {
    if (at >= w.byteOffset && end <= w.byteOffset + w.byteLength) return true
  }
  return false
}

function isBom(bytes: Uint8Array, at: number, end: number): boolean {
  return end - at >= 3 && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf
}

/**
 * Where the text of line 1 starts: readLines' decoder drops a leading BOM and readLines drops one
 * more U+FEFF after it, so up to two.
 */
function skipBoms(bytes: Uint8Array, start: number, end: number): number {
  if (!isBom(bytes, start, end)) return start
  return isBom(bytes, start + 3, end) ? start + 6 : start + 3
}

/** No BOM is dropped here: a U+FEFF inside the file is text (line 1's are dropped before). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })

/** The text of `bytes[start..end)`, as readLines would give it. */
export function decodeLine(bytes: Uint8Array, start: number, end: number): string {
  return utf8.decode(bytes.subarray(start, end))
}

/** The whole text of a small file (JSON documents, logs). BOM removed. */
export async function readText(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder('utf-8')
  let out = ''
  for await (const chunk of chunks) out += decoder.decode(chunk, { stream: true })
  out += decoder.decode()
  return out.charCodeAt(0) === 0xfeff ? out.slice(1) : out
}
