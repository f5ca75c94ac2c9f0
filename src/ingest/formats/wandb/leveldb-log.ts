/**
 * The framing of W&B's `run-<id>.wandb` transaction log (wandb core/pkg/leveldb/record.go,
 * wandb/sdk/internal/datastore.py): a 7-byte header (`:W&B`, magic 0xBEE1 little-endian,
 * version 0), then LevelDB log blocks of 32 KiB (the header sits in the first one). A block holds
 * chunks, each with a 7-byte header — CRC-32 (IEEE, of the type byte and the payload; W&B does not
 * use LevelDB's masked CRC-32C), length (uint16 LE), type (1 full, 2 first, 3 middle, 4 last) —
 * and a chunk never crosses a block: fewer than 7 bytes left in a block are padding. A record is
 * one full chunk or a first, middles and a last. A chunk whose checksum fails makes the rest of
 * its block unreadable (as in wandb's reader, which recovers at the next block); a file that ends
 * inside a record was still being written.
 */

export const BLOCK_SIZE = 32 * 1024
const CHUNK_HEADER = 7
const FILE_HEADER = 7
const IDENT = [0x3a, 0x57, 0x26, 0x42] // ":W&B"
const MAGIC = 0xbee1
const VERSION = 0

const FULL = 1
const FIRST = 2
const MIDDLE = 3
const LAST = 4

/** The file does not start with W&B's header: `message` says how. */
export class LogHeaderError extends Error {}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE 802.3, as zlib.crc32) of `bytes[start..end)`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.byteLength): number {
  let c = 0xffffffff
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** Does `head` (the first bytes of a file) start with W&B's log header? */
export function hasWandbHeader(head: Uint8Array): boolean {
  return IDENT.every((b, i) => head[i] === b)
}

export interface LogRecord {
  /** Byte offset of the record's first chunk, for messages. */
  readonly offset: number
  /** The record's bytes: valid until the next record is asked for. */
  readonly data: Uint8Array
}

export interface LogSummary {
  /** Chunks whose checksum or header was wrong (the rest of their block was skipped). */
  corrupt: number
  firstCorruptOffset?: number
  /** The file ends inside a record. */
  truncated: boolean
}

/** Blocks of BLOCK_SIZE bytes (the last one shorter) from chunks of any size. */
async function* readBlocks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let block = new Uint8Array(BLOCK_SIZE)
  let filled = 0
  for await (const chunk of chunks) {
    let at = 0
    while (at < chunk.byteLength) {
      const take = Math.min(BLOCK_SIZE - filled, chunk.byteLength - at)
      block.set(chunk.subarray(at, at + take), filled)
      filled += take
      at += take
      if (filled === BLOCK_SIZE) {
        yield block
        block = new Uint8Array(BLOCK_SIZE)
        filled = 0
      }
    }
  }
  if (filled > 0) yield block.subarray(0, filled)
}

function checkFileHeader(block: Uint8Array): void {
  if (block.byteLength < FILE_HEADER || !hasWandbHeader(block)) {
    throw new LogHeaderError('does not start with the W&B log header ":W&B"')
  }
  const magic = block[4]! | (block[5]! << 8)
  if (magic !== MAGIC) throw new LogHeaderError(`has W&B magic 0x${magic.toString(16)}, not 0xbee1`)
  if (block[6] !== VERSION) {
    throw new LogHeaderError(
      `is W&B log version ${block[6]!}; this reader knows version ${VERSION}`,
    )
  }
}

/** Collects the chunks of a multi-chunk record. */
class Pending {
  parts: Uint8Array[] = []
  offset = 0
  length = 0

  start(offset: number, part: Uint8Array): void {
    this.parts = [part.slice()]
    this.offset = offset
    this.length = part.byteLength
  }

  add(part: Uint8Array): void {
    this.parts.push(part.slice())
    this.length += part.byteLength
  }

  take(): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const p of this.parts) {
      out.set(p, at)
      at += p.byteLength
    }
    this.parts = []
    this.length = 0
    return out
  }

  get open(): boolean {
    return this.parts.length > 0
  }
}

/**
 * The records of a W&B log, in order. `summary` is filled in as the log is read (corrupt chunks,
 * a truncated end). Throws LogHeaderError when the file is not a W&B log.
 */
export async function* readLogRecords(
  chunks: AsyncIterable<Uint8Array>,
  summary: LogSummary,
): AsyncGenerator<LogRecord> {
  const pending = new Pending()
  let blockOffset = 0
  let first = true
  for await (const block of readBlocks(chunks)) {
    let at = 0
    if (first) {
      checkFileHeader(block)
      at = FILE_HEADER
      first = false
    }
    while (block.byteLength - at >= CHUNK_HEADER) {
      const checksum =
        (block[at]! | (block[at + 1]! << 8) | (block[at + 2]! << 16) | (block[at + 3]! << 24)) >>> 0
      const length = block[at + 4]! | (block[at + 5]! << 8)
      const type = block[at + 6]!
      if (checksum === 0 && length === 0 && type === 0) break // a zeroed (preallocated) block
      const end = at + CHUNK_HEADER + length
      if (end > block.byteLength) {
        // Past the end of a full block is corruption; past the end of the last block, the writer
        // had not finished.
        if (block.byteLength === BLOCK_SIZE) noteCorrupt(summary, blockOffset + at)
        else summary.truncated = true
        break
      }
      if (type < FULL || type > LAST || crc32(block, at + 6, end) !== checksum) {
        noteCorrupt(summary, blockOffset + at)
        if (pending.open) pending.take()
        break
      }
      const payload = block.subarray(at + CHUNK_HEADER, end)
      const offset = blockOffset + at
      at = end
      if (type === FULL) {
        if (pending.open) pending.take() // a record cut short by a crash: drop it
        yield { offset, data: payload }
      } else if (type === FIRST) pending.start(offset, payload)
      else if (!pending.open)
        continue // a middle or last without its first: after corruption
      else if (type === MIDDLE) pending.add(payload)
      else {
        pending.add(payload)
        const start = pending.offset
        yield { offset: start, data: pending.take() }
      }
    }
    blockOffset += block.byteLength
  }
  if (first) throw new LogHeaderError('is empty')
  if (pending.open) summary.truncated = true
}

function noteCorrupt(summary: LogSummary, offset: number): void {
  summary.corrupt++
  summary.firstCorruptOffset ??= offset
}
