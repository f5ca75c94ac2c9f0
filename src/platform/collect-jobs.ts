import type { JobRecord, Notice } from '../core/types.js'
import { readArtifact } from '../ingest/ingest.js'
import { isCompanionFile } from '../ingest/registry.js'
import type { ReadOptions } from '../ingest/types.js'
import type { CollectedJobs } from '../run/run-gate.js'
import { fileArtifact } from './file-input.js'
import { findArtifacts } from './find-artifacts.js'
import type { FindOptions } from './find-artifacts.js'

export type { CollectedJobs } from '../run/run-gate.js'

export interface CollectOptions extends FindOptions {
  readonly read: ReadOptions
  /** Called before each file is read. */
  readonly onFile?: (shownPath: string, size: number | undefined) => void
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
  const jobs: JobRecord[] = []
  const notices: Notice[] = [...found.notices]
  const errors: string[] = found.errors.map((e) => e.line)
  let filesRead = 0
  let bytesRead = 0
  for (const file of found.files) {
    if (!file.explicit && isCompanionFile(file.absPath.split(/[\\/]/).pop() ?? '')) continue
    const input = fileArtifact(file.absPath, file.shownPath, options.allowedRoots)
    options.onFile?.(file.shownPath, input.size)
    const outcome = await readArtifact(input, options.read, file.explicit)
    if (!outcome) continue
    filesRead++
    bytesRead += input.size ?? 0
    jobs.push(...outcome.jobs)
    notices.push(...outcome.notices)
    if (outcome.error) errors.push(outcome.error.line)
  }
  return { jobs, notices, errors, filesRead, bytesRead }
}
