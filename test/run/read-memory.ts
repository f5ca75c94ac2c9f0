/** A readJobs port over in-memory files, read exactly as the shells read files on disk. */
import { readArtifact } from '../../src/ingest/ingest.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import type { CollectedJobs } from '../../src/run/run-gate.js'
import { memoryInput } from '../support/memory-input.js'

export function readMemoryFiles(
  files: Readonly<Record<string, string | Uint8Array>>,
  seen: ReadOptions[] = [],
): (options: ReadOptions) => Promise<CollectedJobs> {
  return async (options) => {
    seen.push(options)
    const outcomes = []
    for (const [path, content] of Object.entries(files)) {
      const input = memoryInput(path, content, { chunkSize: 65_536 })
      outcomes.push(await readArtifact(input, options, true))
    }
    return {
      jobs: outcomes.flatMap((o) => o?.jobs ?? []),
      notices: outcomes.flatMap((o) => o?.notices ?? []),
      errors: outcomes.flatMap((o) => (o?.error ? [o.error.line] : [])),
      filesRead: outcomes.length,
      bytesRead: 0,
    }
  }
}
