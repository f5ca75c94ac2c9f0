import { realpathSync, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { ArtifactInput } from '../ingest/types.js'

const CHUNK = 1024 * 1024

/**
 * A file on disk as an artifact: streamed in 1 MiB chunks, one open file at a time.
 *
 * Chunks are read into two buffers used in turn (the next chunk is read while the reader works
 * on this one): a chunk's bytes are valid until the next chunk is asked for, which is how every
 * reader uses them (they decode or copy a chunk before asking for the next). Every chunk but the
 * last is full, so a reader that wants the first 64 KiB gets them in the first chunk. No buffer is
 * allocated per chunk: memory stays flat and the garbage collector has nothing to do.
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
    chunks: () => readChunks(absPath, size),
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

async function* readChunks(absPath: string, size: number | undefined): AsyncGenerator<Uint8Array> {
  const handle = await open(absPath, 'r')
  // A small file needs one buffer of its size (+1 to see its end); a large one two of CHUNK.
  const capacity = size === undefined ? CHUNK : Math.min(CHUNK, size + 1)
  const buffers = [new Uint8Array(capacity)]
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
    await handle.close()
  }
}
