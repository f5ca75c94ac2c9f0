import { basename, dirname, join } from 'node:path'
import { readFileSync } from 'node:fs'
import type { ArtifactInput } from '../../src/ingest/types.js'

/**
 * An in-memory artifact for reader tests. `chunkSize` splits the bytes into small chunks so that
 * readers are exercised across chunk boundaries. `siblings` maps base names to contents.
 */
export function memoryInput(
  path: string,
  content: string | Uint8Array,
  options: { chunkSize?: number; siblings?: Record<string, string | Uint8Array> } = {},
): ArtifactInput {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const chunkSize = options.chunkSize ?? 7
  const input: ArtifactInput = {
    path,
    name: basename(path),
    size: bytes.byteLength,
    async *chunks() {
      for (let i = 0; i < bytes.byteLength; i += chunkSize) {
        yield bytes.subarray(i, Math.min(i + chunkSize, bytes.byteLength))
        await Promise.resolve()
      }
    },
    sibling(name: string) {
      const other = options.siblings?.[name]
      return other === undefined
        ? undefined
        : memoryInput(join(dirname(path), name), other, { chunkSize })
    },
  }
  return input
}

/** A file on disk as an artifact (for tests over ../shared/samples and test/fixtures). */
export function fileInput(path: string): ArtifactInput {
  const bytes = readFileSync(path)
  return {
    path,
    name: basename(path),
    size: bytes.byteLength,
    async *chunks() {
      for (let i = 0; i < bytes.byteLength; i += 65536) yield bytes.subarray(i, i + 65536)
      await Promise.resolve()
    },
    sibling(name: string) {
      try {
        return fileInput(join(dirname(path), name))
      } catch {
        return undefined
      }
    },
  }
}
