import { ArtifactError, isGateError } from '../core/errors.js'
import type { JobRecord, Notice } from '../core/types.js'
import { LineTooLongError } from './shared/lines.js'
import { checkPhysicalBounds } from './physical-bounds.js'
import { detectReader, supportedFormatsLine } from './registry.js'
import type { ArtifactInput, ReadOptions } from './types.js'

/** Bytes of a file detection looks at. */
export const HEAD_BYTES = 64 * 1024

/** The start of a file as text, for detection. */
export async function readHead(input: ArtifactInput, bytes = HEAD_BYTES): Promise<string> {
  const parts: Uint8Array[] = []
  let total = 0
  for await (const chunk of input.chunks()) {
    parts.push(chunk)
    total += chunk.byteLength
    if (total >= bytes) break
  }
  const joined = new Uint8Array(Math.min(total, bytes))
  let at = 0
  for (const p of parts) {
    const take = Math.min(p.byteLength, joined.byteLength - at)
    joined.set(p.subarray(0, take), at)
    at += take
    if (at >= joined.byteLength) break
  }
  let text = new TextDecoder('utf-8').decode(joined)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return text
}

export interface FileOutcome {
  readonly path: string
  readonly jobs: readonly JobRecord[]
  readonly notices: readonly Notice[]
  /** Set when the file could not be used; its jobs are then empty. */
  readonly error?: ArtifactError
}

/**
 * Read one artifact: detect its format from name and content, then read it.
 * `explicit` files that match no format are errors; found-by-search ones are skipped (undefined).
 */
export async function readArtifact(
  input: ArtifactInput,
  options: ReadOptions,
  explicit: boolean,
): Promise<FileOutcome | undefined> {
  try {
    const head = await readHead(input)
    const reader = detectReader(input.name, head)
    if (!reader) {
      if (!explicit) return undefined
      throw new ArtifactError(
        input.path,
        undefined,
        `matches no supported format; supported: ${supportedFormatsLine()}`,
      )
    }
    const result = await reader.read(input, options)
    for (const job of result.jobs) checkPhysicalBounds(job)
    return { path: input.path, jobs: result.jobs, notices: result.notices }
  } catch (e) {
    if (e instanceof LineTooLongError) {
      return {
        path: input.path,
        jobs: [],
        notices: [],
        error: new ArtifactError(input.path, e.lineNo, e.message),
      }
    }
    if (isGateError(e)) {
      const err =
        e instanceof ArtifactError ? e : new ArtifactError(input.path, undefined, e.message)
      return { path: input.path, jobs: [], notices: [], error: err }
    }
    const message = e instanceof Error ? e.message : String(e)
    return {
      path: input.path,
      jobs: [],
      notices: [],
      error: new ArtifactError(input.path, undefined, `could not be read: ${message}`),
    }
  }
}
