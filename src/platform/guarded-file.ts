/**
 * The one way carbon-gate opens a small file it is told about (the configuration, a baseline):
 * checked before a byte is read. It must be a regular file (a FIFO would block for ever, a
 * device never end, a directory fail with EISDIR), no larger than a bound, and — when a root is
 * given — inside that root after every symbolic link is followed (a `.carbon-gate.yml` that is a
 * link to /proc/self/environ or /etc/passwd is refused, and nothing of it is read). A refusal is
 * one line saying what the file is; it never quotes the file.
 */
import {
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  closeSync,
  realpathSync,
} from 'node:fs'
import type { Stats } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

export interface GuardOptions {
  /** Largest size accepted, in bytes. */
  readonly maxBytes: number
  /** When set, the file (after symbolic links) must lie inside this directory. */
  readonly root?: string
  /** How the root is named in a refusal, e.g. "the workspace". */
  readonly rootLabel?: string
}

export type GuardedRead =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly reason: string }

/** What a file that is not a regular file is, in words. */
function describeKind(stat: Stats): string {
  if (stat.isDirectory()) return 'is a directory, not a file'
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file; not read'
  if (stat.isSocket()) return 'is a socket, not a regular file; not read'
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return 'is a device, not a regular file; not read'
  return 'is not a regular file; not read'
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

function errnoReason(e: unknown): GuardedRead {
  const code = (e as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'missing' }
    case 'EACCES':
    case 'EPERM':
      return { kind: 'refused', reason: 'cannot be read (permission denied)' }
    case 'ELOOP':
      return { kind: 'refused', reason: 'is a loop of symbolic links; not read' }
    case 'EISDIR':
      return { kind: 'refused', reason: 'is a directory, not a file' }
    case undefined:
    default:
      return { kind: 'refused', reason: `cannot be read (${code ?? 'error'})` }
  }
}

/** O_NONBLOCK: even if a FIFO is swapped in after the checks, opening it does not block. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

/** Reads `absPath` as UTF-8 text if it passes the checks. */
export function readGuardedText(absPath: string, options: GuardOptions): GuardedRead {
  let real: string
  try {
    lstatSync(absPath)
    real = realpathSync(absPath)
  } catch (e) {
    return errnoReason(e)
  }
  if (options.root !== undefined) {
    let root: string
    try {
      root = realpathSync(options.root)
    } catch {
      root = resolve(options.root)
    }
    if (!isInside(root, real)) {
      const where = options.rootLabel ?? 'the working directory'
      return {
        kind: 'refused',
        reason: `lies outside ${where} (a symbolic link or path leading out of it): not read`,
      }
    }
  }
  let fd: number
  try {
    const stat = lstatSync(real)
    if (!stat.isFile()) return { kind: 'refused', reason: describeKind(stat) }
    fd = openSync(real, OPEN_FLAGS)
  } catch (e) {
    return errnoReason(e)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { kind: 'refused', reason: describeKind(stat) }
    if (stat.size > options.maxBytes) {
      return {
        kind: 'refused',
        reason: `is larger than ${megabytes(options.maxBytes)}; is it the right file?`,
      }
    }
    // Read at most maxBytes + 1, whatever the size said: a file that grows after the check, or a
    // /proc file whose size reads 0, is still bounded.
    const text = readBounded(fd, stat.size, options.maxBytes)
    if (text === undefined) {
      return {
        kind: 'refused',
        reason: `is larger than ${megabytes(options.maxBytes)}; is it the right file?`,
      }
    }
    return { kind: 'text', text }
  } catch (e) {
    return errnoReason(e)
  } finally {
    closeSync(fd)
  }
}

/** The file's bytes as UTF-8, or undefined past `maxBytes`; buffers grow as the file does. */
function readBounded(fd: number, size: number, maxBytes: number): string | undefined {
  const chunks: Buffer[] = []
  let total = 0
  let capacity = Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024))
  for (;;) {
    const buffer = Buffer.alloc(capacity)
    let filled = 0
    while (filled < capacity) {
      const n = readSync(fd, buffer, filled, capacity - filled, total + filled)
      if (n === 0) break
      filled += n
    }
    chunks.push(buffer.subarray(0, filled))
    total += filled
    if (total > maxBytes) return undefined
    if (filled < capacity) break
    capacity = Math.min(maxBytes + 1 - total, capacity * 2)
  }
  return Buffer.concat(chunks, total).toString('utf8')
}
