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

/** Head reads between two turns of the event loop (timers, progress still run). */
const HEADS_PER_TURN = 1000

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
 * look like a tracker's output yet match no format. One file is open at a time.
 */
async function detectArtifacts(
  found: readonly FoundFile[],
): Promise<{ files: FoundFile[]; notices: Notice[] }> {
  const files: FoundFile[] = []
  const notices: Notice[] = []
  for (let i = 0; i < found.length; i += 1) {
    if (i > 0 && i % HEADS_PER_TURN === 0) await new Promise((r) => setImmediate(r))
    const file = found[i]!
    const name = baseName(file.absPath)
    const head = readFileHead(file.absPath, HEAD_BYTES)
    if (head === undefined) continue
    if (detectReader(name, head) !== undefined) files.push(file)
    else {
      const why = describeNearMiss(name, head)
      if (why !== undefined) notices.push({ path: file.shownPath, message: why })
    }
  }
  return { files, notices }
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
    const input = withWorkers(
      fileArtifact(file.absPath, file.shownPath, options.allowedRoots),
      file.absPath,
    )
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
