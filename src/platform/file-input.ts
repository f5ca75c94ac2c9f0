import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs'
import type { Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { ArtifactError } from '../core/errors.js'
import { INDEX_WINDOW, separatorIndex } from '../ingest/shared/csv-index.js'
import type { ArtifactInput } from '../ingest/types.js'

const CHUNK = 1024 * 1024
/** The largest artifact read (32 GiB: a month of 8 GPUs polled ten times a second is ~16 GB). */
export const MAX_ARTIFACT_BYTES = 32 * 1024 ** 3

/** What a non-regular file is, for messages. */
export function describeFileType(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO (named pipe)'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}

/**
 * The one guard every artifact passes before a byte is read: opened without blocking (a FIFO
 * cannot hang the gate), then checked on the open handle (no race between check and read) to be a
 * regular file within MAX_ARTIFACT_BYTES. Errors name the file on one line.
 */
export async function openArtifactFile(absPath: string, shownPath: string): Promise<Handle> {
  let handle: Handle
  try {
    handle = await open(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    throw new ArtifactError(shownPath, undefined, `cannot be opened (${code})`)
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) {
      throw new ArtifactError(
        shownPath,
        undefined,
        `is ${describeFileType(stat)}, not a regular file: not read`,
      )
    }
    if (stat.size > MAX_ARTIFACT_BYTES) {
      throw new ArtifactError(
        shownPath,
        undefined,
        `is ${(stat.size / 1e9).toFixed(1)} GB, more than the ${MAX_ARTIFACT_BYTES / 1024 ** 3} GiB an artifact may be: not read`,
      )
    }
  } catch (e) {
    await handle.close()
    throw e
  }
  return handle
}

/** One buffer for every head read (they run one at a time). */
let headBuffer: Uint8Array | undefined
const utf8 = new TextDecoder('utf-8')

/**
 * The first `bytes` of a file as text (BOM removed), for detection; undefined when the file
 * cannot be opened or is not a regular file (a search leaves such files out). Synchronous and one
 * file at a time on purpose: on a page-cached tree of 100,000 files this took 0.9 s, where
 * 4–64 concurrent promise reads took 5–12 s on the same 2 cores (each read is a few µs of work;
 * the thread-pool round trips cost more than they hide).
 */
export function readFileHead(absPath: string, bytes: number): string | undefined {
  let fd: number
  try {
    fd = openSync(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch {
    return undefined
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined
    if (headBuffer === undefined || headBuffer.byteLength < bytes)
      headBuffer = new Uint8Array(bytes)
    let n = 0
    while (n < bytes) {
      const got = readSync(fd, headBuffer, n, bytes - n, n)
      if (got === 0) break
      n += got
    }
    let text = utf8.decode(headBuffer.subarray(0, n))
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    return text
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

/**
 * A file on disk as an artifact: streamed in 1 MiB chunks, one open file at a time.
 *
 * Chunks are read into two buffers used in turn (the next chunk is read while the reader works
 * on this one): a chunk's bytes are valid until the next chunk is asked for, which is how every
 * reader uses them (they decode or copy a chunk before asking for the next). Every chunk but the
 * last is full, so a reader that wants the first 64 KiB gets them in the first chunk. No buffer is
 * allocated per chunk: memory stays flat and the garbage collector has nothing to do. The two
 * buffers are the separator index's windows (csv-index.ts) when no other file holds them, so
 * forEachRow indexes each chunk where it was read, without copying it.
 */
export function fileArtifact(
  absPath: string,
  shownPath: string,
  allowedRoots: readonly string[] = [],
): ArtifactInput {
  let size: number | undefined
  try {
    size = statSync(absPath).size
  } catch {
    size = undefined
  }
  return {
    path: shownPath,
    name: basename(absPath),
    ...(size !== undefined ? { size } : {}),
    chunks: () => readChunks(absPath, shownPath, size),
    sibling(name: string) {
      const other = join(dirname(absPath), name)
      try {
        if (!statSync(other).isFile()) return undefined
        if (!isConfined(other, allowedRoots)) return undefined
      } catch {
        return undefined
      }
      return fileArtifact(other, join(dirname(shownPath), name), allowedRoots)
    },
  }
}

/**
 * A companion file a reader asks for (an MLflow run's meta.yaml up to three folders up, a
 * carbontracker log beside its output) is read only inside the allowed roots (the workspace),
 * symbolic links resolved; with no roots, only when a link does not lead out of the folder it is
 * named in. A `meta.yaml` linked to /proc/self/environ is never read.
 */
function isConfined(path: string, allowedRoots: readonly string[]): boolean {
  const real = realpathSync(path)
  const roots = allowedRoots.length > 0 ? allowedRoots : [dirname(path)]
  return roots.some((root) => {
    let realRoot: string
    try {
      realRoot = realpathSync(root)
    } catch {
      realRoot = resolve(root)
    }
    const rel = relative(realRoot, real)
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  })
}

type Handle = Awaited<ReturnType<typeof open>>

/** Fill `buffer` from `position` on; fewer bytes than its length means the end of the file. */
async function fill(handle: Handle, buffer: Uint8Array, position: number): Promise<number> {
  let total = 0
  while (total < buffer.byteLength) {
    const { bytesRead } = await handle.read(
      buffer,
      total,
      buffer.byteLength - total,
      position + total,
    )
    if (bytesRead === 0) break
    total += bytesRead
  }
  return total
}

async function* readChunks(
  absPath: string,
  shownPath: string,
  size: number | undefined,
): AsyncGenerator<Uint8Array> {
  const handle = await openArtifactFile(absPath, shownPath)
  // A small file needs one buffer of its size (+1 to see its end); a large one two of CHUNK.
  const capacity = size === undefined ? CHUNK : Math.min(CHUNK, size + 1)
  const index = separatorIndex()
  const lent = CHUNK === INDEX_WINDOW && index.claim()
  const buffers = lent
    ? [index.windows[0].subarray(0, capacity), index.windows[1]]
    : [new Uint8Array(capacity)]
  let pending: Promise<number> | undefined
  try {
    let position = 0
    let turn = 0
    pending = fill(handle, buffers[0]!, 0)
    for (;;) {
      const n = await pending
      pending = undefined
      if (n === 0) return
      const current = buffers[turn]!
      position += n
      if (position > MAX_ARTIFACT_BYTES) {
        throw new ArtifactError(
          shownPath,
          undefined,
          `grew past the ${MAX_ARTIFACT_BYTES / 1024 ** 3} GiB an artifact may be while it was read`,
        )
      }
      if (n === current.byteLength) {
        // Read ahead into the other buffer while this chunk is used.
        turn = 1 - turn
        buffers[turn] ??= new Uint8Array(CHUNK)
        pending = fill(handle, buffers[turn]!, position)
      }
      yield n === current.byteLength ? current : current.subarray(0, n)
      if (pending === undefined) return
    }
  } finally {
    // A reader that stops early (a header check) may leave a read in flight.
    await pending?.catch(() => 0)
    if (lent) index.release()
    await handle.close()
  }
}
