/**
 * Reading one large file in pieces, on several threads. The adapter that hands a file to a reader
 * may offer a PieceRunner (platform/workers.ts does, for files on disk); a reader that can read
 * byte ranges of its format on their own (nvidia-smi --query-gpu logs) cuts the file at line
 * boundaries it chooses, reads the first piece itself and has the runner read the others in
 * worker threads, then stitches the pieces' results exactly (nvidia-smi-pieces.ts). Anything
 * unusual at a cut, or an error in any piece, and the reader reads the file in one pass instead.
 */

/** One piece of a file for a worker: bytes [start, end), read as `task` with `payload`. */
export interface PieceTask {
  readonly task: 'nvidia-smi-query'
  readonly start: number
  readonly end: number
  readonly payload: unknown
}

export interface PieceRunner {
  /** Pieces a file may be cut into (the reader's thread reads one): 1 means no cutting. */
  readonly pieces: number
  /** Files smaller than this are read in one pass. */
  readonly minBytes: number
  /** Where to look for cuts in a file of `size` bytes (tests); default nominalCuts. */
  readonly nominalCuts?: (size: number) => readonly number[]
  /** Up to `length` bytes of the file from `position`. */
  readAt(position: number, length: number): Promise<Uint8Array>
  /** Read each task in a worker thread: its result, or undefined when it failed. */
  run(tasks: readonly PieceTask[]): Promise<readonly unknown[]>
}

/** The byte offsets at which to look for cuts: `pieces` − 1 of them, evenly spread. */
export function nominalCuts(size: number, pieces: number): number[] {
  const out: number[] = []
  for (let k = 1; k < pieces; k++) out.push(Math.floor((size * k) / pieces))
  return out
}

/** The first `end` bytes of `chunks` (the rest is not read). */
export async function* truncateChunks(
  chunks: AsyncIterable<Uint8Array>,
  end: number,
): AsyncGenerator<Uint8Array> {
  let at = 0
  if (end <= 0) return
  for await (const chunk of chunks) {
    const take = Math.min(chunk.byteLength, end - at)
    yield take === chunk.byteLength ? chunk : chunk.subarray(0, take)
    at += take
    if (at >= end) return
  }
}
