/**
 * Worker threads for large files (the shell of ingest/shared/parallel/pieces.ts): a PieceRunner
 * for a file on disk that reads each piece in a worker (dist/piece-worker.js), one thread per
 * available CPU (the reader's own thread reads the first piece). Files below MIN_BYTES, and runs
 * with CARBON_GATE_WORKERS=1, read in one pass. A worker that fails gives no result: the reader
 * then reads the file in one pass.
 */
import { existsSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { PieceRunner, PieceTask } from '../ingest/shared/parallel/pieces.js'
import type { ArtifactInput } from '../ingest/types.js'

/**
 * Below this a file is read in one pass. Measured on a shared 2-CPU machine (load ~17): at
 * 64 MB the worker's start and the CPU it has to share made the read slower than one thread, at
 * 128 MB they broke even (`npm run bench -- --only nvidia-smi`: 1 thread vs workers).
 * CARBON_GATE_WORKERS_MIN_BYTES overrides it (tests).
 */
export const MIN_BYTES = 128 * 1024 * 1024

/** What a worker is given. */
export interface PieceWorkerData {
  readonly path: string
  readonly task: PieceTask
}

/** Threads to read one file with: CARBON_GATE_WORKERS (a whole number ≥ 1), else the CPUs. */
export function threadCount(env: Readonly<Record<string, string | undefined>>): number {
  const given = env.CARBON_GATE_WORKERS
  if (given !== undefined && /^\d+$/.test(given.trim())) return Math.max(1, Number(given))
  return availableParallelism()
}

/** Files from this size on are read in pieces. */
export function minBytes(env: Readonly<Record<string, string | undefined>>): number {
  const given = env.CARBON_GATE_WORKERS_MIN_BYTES
  return given !== undefined && /^\d+$/.test(given.trim()) ? Number(given) : MIN_BYTES
}

/** The worker's script next to the bundle's entries (dist/), when there is one. */
function workerScript(): URL | undefined {
  for (const relative of ['./piece-worker.js', '../piece-worker.js']) {
    const url = new URL(relative, import.meta.url)
    if (existsSync(fileURLToPath(url))) return url
  }
  return undefined
}

/** `input` with a PieceRunner when it is large enough and threads are available. */
export function withWorkers(
  input: ArtifactInput,
  absPath: string,
  threads = threadCount(process.env),
  least = minBytes(process.env),
): ArtifactInput {
  if (threads < 2 || (input.size ?? 0) < least) return input
  const script = workerScript()
  if (script === undefined) return input
  return { ...input, pieces: fileRunner(absPath, script, threads, least) }
}

function fileRunner(absPath: string, script: URL, pieces: number, least: number): PieceRunner {
  return {
    pieces,
    minBytes: least,
    async readAt(position, length) {
      const handle = await open(absPath, 'r')
      try {
        const buffer = new Uint8Array(length)
        const { bytesRead } = await handle.read(buffer, 0, length, position)
        return buffer.subarray(0, bytesRead)
      } finally {
        await handle.close()
      }
    },
    run: (tasks) => Promise.all(tasks.map((task) => runWorker(script, { path: absPath, task }))),
  }
}

function runWorker(script: URL, data: PieceWorkerData): Promise<unknown> {
  return new Promise((resolve) => {
    let result: unknown
    const worker = new Worker(script, { workerData: data })
    worker.once('message', (message: unknown) => {
      result = message
    })
    worker.once('error', () => {
      result = undefined
    })
    worker.once('exit', () => {
      resolve(result)
    })
  })
}
