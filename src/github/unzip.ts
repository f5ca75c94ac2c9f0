/**
 * Safe unzipping of artifacts that may come from a fork: the central directory is read and every
 * entry checked (names, types, count, declared sizes, ratios, overlaps) before a byte is inflated,
 * and inflating stops as soon as an entry produces more than it declared.
 */
import { Inflate } from 'fflate'

export interface UnzipLimits {
  readonly maxEntries: number
  readonly maxTotalBytes: number
  /** Largest uncompressed / compressed ratio, per entry and for the archive (over 1 MiB). */
  readonly maxRatio: number
}

export interface ZipEntry {
  /** Path segments, checked: no '', '.', '..', drive letters or absolute roots. */
  readonly segments: readonly string[]
  readonly name: string
  readonly isDirectory: boolean
  readonly method: number
  readonly compressedSize: number
  readonly size: number
  readonly crc: number
  readonly dataOffset: number
}

export class UnsafeZipError extends Error {
  override readonly name = 'UnsafeZipError'
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const RATIO_FLOOR = 1 << 20
const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000

/** Read and check the central directory; throws UnsafeZipError naming the first problem. */
export function listZipEntries(zip: Uint8Array, limits: UnzipLimits): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = findEndOfCentralDirectory(view)
  const count = view.getUint16(end + 10, true)
  const cdOffset = view.getUint32(end + 16, true)
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    throw new UnsafeZipError('multi-disk zip archives are not supported')
  }
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new UnsafeZipError('zip64 archives are not supported')
  }
  if (count > limits.maxEntries) {
    throw new UnsafeZipError(`${count} entries, more than the ${limits.maxEntries} allowed`)
  }
  const entries: ZipEntry[] = []
  let at = cdOffset
  let total = 0
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      throw new UnsafeZipError('corrupt central directory')
    }
    const nameLength = view.getUint16(at + 28, true)
    const next =
      at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (next > end) throw new UnsafeZipError('corrupt central directory')
    const entry = readEntry(view, zip, at, nameLength, cdOffset)
    total += entry.size
    if (total > limits.maxTotalBytes) {
      throw new UnsafeZipError(`unpacks to more than the ${limits.maxTotalBytes} bytes allowed`)
    }
    if (entry.size > RATIO_FLOOR && entry.size > limits.maxRatio * entry.compressedSize) {
      throw new UnsafeZipError(
        `${JSON.stringify(entry.name)} expands ${Math.round(entry.size / Math.max(1, entry.compressedSize))}×, more than the ${limits.maxRatio}× allowed (zip bomb?)`,
      )
    }
    entries.push(entry)
    at = next
  }
  // Many small entries each under the per-entry floor can still add up to a bomb.
  if (total > RATIO_FLOOR && total > limits.maxRatio * zip.byteLength) {
    throw new UnsafeZipError(
      `unpacks to ${total} bytes, ${Math.round(total / zip.byteLength)}× its ${zip.byteLength}-byte archive, more than the ${limits.maxRatio}× allowed (zip bomb?)`,
    )
  }
  checkDistinct(entries)
  return entries
}

function readEntry(
  view: DataView,
  zip: Uint8Array,
  at: number,
  nameLength: number,
  cdOffset: number,
): ZipEntry {
  const flags = view.getUint16(at + 8, true)
  const method = view.getUint16(at + 10, true)
  const crc = view.getUint32(at + 16, true)
  const compressedSize = view.getUint32(at + 20, true)
  const size = view.getUint32(at + 24, true)
  const host = view.getUint8(at + 5)
  const external = view.getUint32(at + 38, true)
  const local = view.getUint32(at + 42, true)
  const name = new TextDecoder('utf-8').decode(zip.subarray(at + 46, at + 46 + nameLength))
  const label = JSON.stringify(name)
  if (flags & 1) throw new UnsafeZipError(`${label} is encrypted`)
  if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
    throw new UnsafeZipError(`${label} needs zip64, which is not supported`)
  }
  const mode = host === 3 || host === 19 ? external >>> 16 : 0
  const type = mode & S_IFMT
  if (type === S_IFLNK) throw new UnsafeZipError(`${label} is a symbolic link`)
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
    throw new UnsafeZipError(`${label} is not a regular file`)
  }
  const isDirectory = name.endsWith('/') || type === S_IFDIR || (external & 0x10) !== 0
  const segments = safeSegments(name)
  if (method !== 0 && method !== 8) {
    throw new UnsafeZipError(`${label} uses compression method ${method} (only stored and deflate)`)
  }
  if (method === 0 && compressedSize !== size) throw new UnsafeZipError(`${label}: bad stored size`)
  if (local + 30 > cdOffset || view.getUint32(local, true) !== LOCAL) {
    throw new UnsafeZipError(`${label}: local header not found`)
  }
  const dataOffset =
    local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
  if (dataOffset + compressedSize > cdOffset) {
    throw new UnsafeZipError(`${label}: data runs past the end of the archive`)
  }
  return { segments, name, isDirectory, method, compressedSize, size, crc, dataOffset }
}

/** The path as checked segments; throws for absolute paths, drive letters and `..`. */
export function safeSegments(name: string): string[] {
  const label = JSON.stringify(name)
  if (name === '' || name.includes('\0')) throw new UnsafeZipError(`${label} is not a file name`)
  if (/^[\\/]/.test(name)) throw new UnsafeZipError(`${label} is an absolute path`)
  if (/^[A-Za-z]:/.test(name)) throw new UnsafeZipError(`${label} starts with a drive letter`)
  const segments = name.split(/[\\/]+/).filter((s) => s !== '' && s !== '.')
  if (segments.includes('..')) throw new UnsafeZipError(`${label} climbs out with '..'`)
  if (segments.length === 0) throw new UnsafeZipError(`${label} is not a file name`)
  return segments
}

function checkDistinct(entries: readonly ZipEntry[]): void {
  const seen = new Set<string>()
  for (const e of entries) {
    const key = e.segments.join('/')
    if (!e.isDirectory && seen.has(key)) throw new UnsafeZipError(`"${key}" appears twice`)
    seen.add(key)
  }
  const files = entries
    .filter((e) => e.compressedSize > 0)
    .sort((a, b) => a.dataOffset - b.dataOffset)
  for (let i = 1; i < files.length; i += 1) {
    const before = files[i - 1]!
    if (before.dataOffset + before.compressedSize > files[i]!.dataOffset) {
      throw new UnsafeZipError(`"${files[i]!.name}" overlaps "${before.name}" (zip bomb?)`)
    }
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let at = view.byteLength - 22; at >= stop; at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at
  }
  throw new UnsafeZipError('not a zip archive (no end of central directory)')
}

/** Inflate one checked entry; more or fewer bytes than declared, or a bad CRC, throws. */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  const out = entry.method === 0 ? data.slice() : inflateBounded(data, entry)
  if (crc32(out) !== entry.crc) throw new UnsafeZipError(`"${entry.name}" fails its CRC check`)
  return out
}

function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size)
  let length = 0
  let overflow = false
  const inflater = new Inflate((chunk) => {
    if (overflow || length + chunk.length > out.length) {
      overflow = true
      return
    }
    out.set(chunk, length)
    length += chunk.length
  })
  const step = 16_384
  try {
    for (let at = 0; at === 0 || (at < data.length && !overflow); at += step) {
      inflater.push(data.subarray(at, at + step), at + step >= data.length)
    }
  } catch (e) {
    throw new UnsafeZipError(
      `"${entry.name}" is corrupt (${e instanceof Error ? e.message : String(e)})`,
    )
  }
  if (overflow) {
    throw new UnsafeZipError(
      `"${entry.name}" inflates past the ${entry.size} bytes it declares (zip bomb?)`,
    )
  }
  if (length !== entry.size) {
    throw new UnsafeZipError(
      `"${entry.name}" inflates to ${length} bytes, not the ${entry.size} it declares`,
    )
  }
  return out
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
