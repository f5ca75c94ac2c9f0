/**
 * The worker thread of workers.ts (built to dist/piece-worker.js): reads its piece of a file
 * and posts the piece's summary (undefined when the piece met an error).
 */
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { readQueryPiece } from '../ingest/formats/nvidia-smi/nvidia-smi-pieces.js'
import type { ArtifactInput } from '../ingest/types.js'
import type { PieceWorkerData } from './workers.js'

const CHUNK = 1024 * 1024

/** Bytes [start, end) of a file in CHUNK chunks, the next read while this one is used. */
async function* readRange(path: string, start: number, end: number): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r')
  const buffers = [new Uint8Array(CHUNK), new Uint8Array(CHUNK)]
  const fill = async (buffer: Uint8Array, at: number): Promise<number> => {
    let total = 0
    const want = Math.min(buffer.byteLength, end - at)
    while (total < want) {
      const { bytesRead } = await handle.read(buffer, total, want - total, at + total)
      if (bytesRead === 0) break
      total += bytesRead
    }
    return total
  }
  let pending: Promise<number> | undefined
  try {
    let at = start
    let turn = 0
    pending = fill(buffers[0]!, at)
    while (at < end) {
      const n = (await pending) ?? 0
      pending = undefined
      if (n === 0) return
      const current = buffers[turn]!
      at += n
      turn = 1 - turn
      if (at < end) pending = fill(buffers[turn]!, at)
      yield current.subarray(0, n)
    }
  } finally {
    await pending?.catch(() => 0)
    await handle.close()
  }
}

const { path, task } = workerData as PieceWorkerData
const input: ArtifactInput = {
  path,
  name: basename(path),
  size: task.end - task.start,
  chunks: () => readRange(path, task.start, task.end),
}
parentPort?.postMessage(await readQueryPiece(task, input))
