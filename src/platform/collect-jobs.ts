import type { JobRecord, Notice } from '../core/types.js'
import { HEAD_BYTES, readArtifact } from '../ingest/ingest.js'
import { describeNearMiss } from '../ingest/near-miss.js'
import { detectReader, isCompanionFile } from '../ingest/registry.js'
import type { ReadOptions } from '../ingest/types.js'
import type { CollectedJobs } from '../run/run-gate.js'
import { fileArtifact, readFileHead } from './file-input.js'
import { findArtifacts } from './find-artifacts.js'
import type { FindOptions, FoundFile } from './find-artifacts.js'
import { appendAll } from '../core/arrays.js'
import { withWorkers } from './workers.js'

export type { CollectedJobs } from '../run/run-gate.js'

/** Heads of found files read at once: enough to hide latency, few open files. */
export const HEAD_CONCURRENCY = 16

export interface CollectOptions extends FindOptions {
  readonly read: ReadOptions
  /** Called before each file is read. */
  readonly onFile?: (shownPath: string, size: number | undefined) => void
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? ''
}

/**
 * The files a search found that some reader takes, in their order, with a warning for those that
 * look like a tracker's output yet match no format. Heads are read HEAD_CONCURRENCY at a time.
 */
async function detectArtifacts(
  found: readonly FoundFile[],
): Promise<{ files: FoundFile[]; notices: Notice[] }> {
  const keep = new Array<boolean>(found.length).fill(false)
  const misses = new Array<Notice | undefined>(found.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < found.length) {
      const i = next++
      const file = found[i]!
      const name = baseName(file.absPath)
      const head = await readFileHead(file.absPath, HEAD_BYTES)
      if (head === undefined) continue
      if (detectReader(name, head) !== undefined) keep[i] = true
      else {
        const why = describeNearMiss(name, head)
        if (why !== undefined) misses[i] = { path: file.shownPath, message: why }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(HEAD_CONCURRENCY, found.length) }, worker))
  return {
    files: found.filter((_, i) => keep[i]),
    notices: misses.filter((n): n is Notice => n !== undefined),
  }
}

/**
 * Find the artifacts and read each one, one file at a time. A file that cannot be used becomes an
 * error line; every other file is still read and reported.
 */
export async function collectJobs(
  patterns: readonly string[],
  options: CollectOptions,
): Promise<CollectedJobs> {
  const found = await findArtifacts(patterns, options)
  const candidates = found.files.filter((f) => f.explicit || !isCompanionFile(baseName(f.absPath)))
  const searched = await detectArtifacts(candidates.filter((f) => !f.explicit))
  const detected = new Set(searched.files)
  const jobs: JobRecord[] = []
  const notices: Notice[] = [...found.notices, ...searched.notices]
  const errors: string[] = found.errors.map((e) => e.line)
  let filesRead = 0
  let bytesRead = 0
  for (const file of candidates) {
    if (!file.explicit && !detected.has(file)) continue
    const input = withWorkers(fileArtifact(file.absPath, file.shownPath), file.absPath)
    options.onFile?.(file.shownPath, input.size)
    const outcome = await readArtifact(input, options.read, file.explicit)
    if (!outcome) continue
    filesRead++
    bytesRead += input.size ?? 0
    appendAll(jobs, outcome.jobs)
    appendAll(notices, outcome.notices)
    if (outcome.error) errors.push(outcome.error.line)
  }
  return { jobs, notices, errors, filesRead, bytesRead }
}
