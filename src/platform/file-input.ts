import { createReadStream, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { ArtifactInput } from '../ingest/types.js'

const CHUNK = 1024 * 1024

/** A file on disk as an artifact: streamed in 1 MiB chunks, one open file at a time. */
export function fileArtifact(absPath: string, shownPath: string): ArtifactInput {
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
    chunks: () => createReadStream(absPath, { highWaterMark: CHUNK }),
    sibling(name: string) {
      const other = join(dirname(absPath), name)
      try {
        if (!statSync(other).isFile()) return undefined
      } catch {
        return undefined
      }
      return fileArtifact(other, join(dirname(shownPath), name))
    },
  }
}
