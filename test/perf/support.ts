/**
 * Helpers of the fast-path identity tests: a seeded PRNG (the same file every run), the reading
 * of an outcome (jobs and notices, or the error) for deepEqual, and readLines as it was before
 * the fast paths (a streaming TextDecoder), as the reference for the line readers.
 */
import { isGateError } from '../../src/core/errors.js'
import type { ReadResult } from '../../src/ingest/types.js'

/** mulberry32: a small seeded PRNG. */
export function createRandom(seed: number): {
  next(): number
  int(n: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
} {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  }
}

export type Outcome =
  | { readonly result: ReadResult }
  | { readonly error: { readonly line: string; readonly lineNo: number | undefined } }

/** The result of a read, or its error (one line and the line number), to compare. */
export async function outcomeOf(read: Promise<ReadResult>): Promise<Outcome> {
  try {
    return { result: await read }
  } catch (e) {
    if (!isGateError(e)) throw e
    const lineNo = (e as { lineNo?: number }).lineNo
    return { error: { line: e.line, lineNo } }
  }
}

/** A short description of an outcome, for assertion messages. */
export function describeOutcome(o: Outcome): string {
  if ('error' in o) return `error ${o.error.line}`
  const kWh = o.result.jobs.map((j) => j.itEnergyKWh).join(', ')
  return `${o.result.jobs.length} job(s), ${kWh} kWh, ${o.result.notices.length} notice(s)`
}

/** readLines before the fast paths: one streaming TextDecoder, the text cut at `\n`. */
export async function referenceLines(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ text: string; no: number }[]> {
  const out: { text: string; no: number }[] = []
  const decoder = new TextDecoder('utf-8')
  let carry = ''
  let no = 0
  let first = true
  for await (const chunk of chunks) {
    let text = decoder.decode(chunk, { stream: true })
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
    }
    const parts = (carry + text).split('\n')
    carry = parts.pop()!
    for (const p of parts) out.push({ text: p.endsWith('\r') ? p.slice(0, -1) : p, no: ++no })
  }
  carry += decoder.decode()
  if (first && carry.charCodeAt(0) === 0xfeff) carry = carry.slice(1)
  if (carry.length > 0)
    out.push({ text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, no: ++no })
  return out
}

/** Bytes of `text` with some lines' ends made `\r\n`, and invalid UTF-8 where `\u0000` stands. */
export function toBytes(text: string): Uint8Array {
  const encoded = new TextEncoder().encode(text)
  // \u0000 marks a place for a byte that is not UTF-8 (a lone continuation byte).
  return encoded.map((b) => (b === 0 ? 0x9f : b))
}
