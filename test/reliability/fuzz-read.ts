/**
 * The reading side of scripts/fuzz.ts: the seeded mutation lists of one file, and one mutated
 * read through readArtifact classified as ok, an ArtifactError, or a crash (any other exception,
 * which readArtifact reports as "could not be read: …"; the original is read again to show it).
 */
import { readArtifact, readHead } from '../../src/ingest/ingest.js'
import { detectReader } from '../../src/ingest/registry.js'
import { memoryInput } from '../support/memory-input.js'
import { seededRandom } from './corpus-types.js'
import { applyMutations, randomMutation } from './mutate.js'
import type { Mutation } from './mutate.js'

const OPTIONS = { timezone: 'UTC', maxGapSeconds: 60 } as const

export interface Seed {
  /** Shown path and the path the reader sees (its base name drives detection). */
  readonly label: string
  readonly path: string
  readonly bytes: Uint8Array
  readonly siblings: Readonly<Record<string, Uint8Array>>
  /** What is fuzzed: the contents (default), the file's name, or a configuration file. */
  readonly kind?: 'contents' | 'name' | 'config'
}

export type Outcome = 'ok' | 'error' | 'crash'

/** A per-file generator: the same mutations for the same seed and file, whatever else runs. */
function fileRandom(rootSeed: number, label: string): () => number {
  let h = rootSeed >>> 0
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
  return seededRandom(h)
}

/** The mutation lists of one file, in order (1 to 3 mutations each). */
export function* mutationLists(rootSeed: number, label: string, n: number): Generator<Mutation[]> {
  const next = fileRandom(rootSeed, label)
  for (let i = 0; i < n; i++) {
    const count = 1 + Math.floor(next() * 3)
    yield Array.from({ length: count }, () => randomMutation(next))
  }
}

export async function fuzzOne(
  seed: Seed,
  ms: readonly Mutation[],
): Promise<{ outcome: Outcome; detail?: string }> {
  const bytes = applyMutations(seed.bytes, ms)
  const siblings = Object.fromEntries(Object.entries(seed.siblings))
  const input = memoryInput(seed.path, bytes, { chunkSize: 4096, siblings })
  const out = await readArtifact(input, OPTIONS, true)
  if (out === undefined || out.error === undefined) return { outcome: 'ok' }
  if (!out.error.message.startsWith('could not be read: ')) {
    return out.error.line.includes('\n')
      ? { outcome: 'crash', detail: `a multi-line error: ${out.error.line.slice(0, 200)}` }
      : { outcome: 'error' }
  }
  // readArtifact turned another exception into an ArtifactError: read again to show the original.
  let detail = out.error.message
  const again = memoryInput(seed.path, bytes, { chunkSize: 4096, siblings })
  const reader = detectReader(again.name, await readHead(again))
  try {
    await reader?.read(again, OPTIONS)
  } catch (e) {
    if (e instanceof Error)
      detail = `${reader?.format ?? '?'}: ${e.stack?.split('\n').slice(0, 3).join(' | ') ?? e.message}`
  }
  return { outcome: 'crash', detail }
}
