/**
 * Mutations of an artifact's bytes, shared by the property tests (fast-check draws them) and
 * scripts/fuzz.ts (a seeded generator draws them). Positions are taken modulo the length, so any
 * non-negative integer is a valid parameter and a mutation can be printed and replayed.
 */

export type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'insert'; readonly at: number; readonly byte: number }
  | { readonly kind: 'delete'; readonly at: number; readonly count: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'duplicate-line'; readonly line: number; readonly times: number }
  | { readonly kind: 'swap-lines'; readonly a: number; readonly b: number }
  | { readonly kind: 'number'; readonly index: number; readonly value: string }
  | { readonly kind: 'header'; readonly cell: number; readonly name: string }

/** What a number in the text may become: the values readers must refuse or survive. */
export const NUMBER_REPLACEMENTS = [
  'NaN',
  'nan',
  '-1',
  '-0',
  '0',
  '1e308',
  '-1e308',
  '1e-320',
  'inf',
  'Infinity',
  '',
  'abc',
  '9'.repeat(400),
  '0x1F',
  '1,5',
] as const

/** What a header cell may be renamed to: a near miss, a duplicate, an empty or odd name. */
export const HEADER_NAMES = [
  '',
  'energy',
  'timestamp',
  'duration',
  'energy_consumed',
  'gpu0_energy',
  'power.draw [W]',
  '"',
  '#Entity',
  '__proto__',
] as const

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8')

function splitLines(bytes: Uint8Array): string[] {
  return decoder.decode(bytes).split('\n')
}

/** Apply one mutation; the input is not changed. */
export function applyMutation(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.byteLength
  switch (m.kind) {
    case 'flip': {
      if (n === 0) return bytes
      const out = bytes.slice()
      out[m.at % n] = out[m.at % n]! ^ (1 << (m.bit % 8))
      return out
    }
    case 'insert': {
      const at = m.at % (n + 1)
      const out = new Uint8Array(n + 1)
      out.set(bytes.subarray(0, at))
      out[at] = m.byte & 0xff
      out.set(bytes.subarray(at), at + 1)
      return out
    }
    case 'delete': {
      if (n === 0) return bytes
      const at = m.at % n
      const end = Math.min(n, at + 1 + (m.count % 64))
      const out = new Uint8Array(n - (end - at))
      out.set(bytes.subarray(0, at))
      out.set(bytes.subarray(end), at)
      return out
    }
    case 'truncate':
      return bytes.slice(0, m.at % (n + 1))
    case 'duplicate-line': {
      const lines = splitLines(bytes)
      const i = m.line % lines.length
      const copies = Array.from({ length: 1 + (m.times % 5) }, () => lines[i]!)
      return encoder.encode([...lines.slice(0, i), ...copies, ...lines.slice(i)].join('\n'))
    }
    case 'swap-lines': {
      const lines = splitLines(bytes)
      const a = m.a % lines.length
      const b = m.b % lines.length
      const t = lines[a]!
      lines[a] = lines[b]!
      lines[b] = t
      return encoder.encode(lines.join('\n'))
    }
    case 'number': {
      const text = decoder.decode(bytes)
      const spans = [...text.matchAll(NUMBER)]
      if (spans.length === 0) return bytes
      const s = spans[m.index % spans.length]!
      return encoder.encode(text.slice(0, s.index) + m.value + text.slice(s.index + s[0].length))
    }
    case 'header': {
      const lines = splitLines(bytes)
      const cells = lines[0]!.split(',')
      cells[m.cell % cells.length] = m.name
      lines[0] = cells.join(',')
      return encoder.encode(lines.join('\n'))
    }
  }
}

export function applyMutations(bytes: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  return ms.reduce(applyMutation, bytes)
}

/** A seeded random mutation (for the fuzz script); `next` returns [0, 1). */
export function randomMutation(next: () => number): Mutation {
  const int = (max: number): number => Math.floor(next() * max)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  switch (int(8)) {
    case 0:
      return { kind: 'flip', at: int(1 << 30), bit: int(8) }
    case 1:
      return {
        kind: 'insert',
        at: int(1 << 30),
        byte: pick([0, 10, 13, 34, 44, 0x22, 0xc3, 0xff, int(256)]),
      }
    case 2:
      return { kind: 'delete', at: int(1 << 30), count: int(64) }
    case 3:
      return { kind: 'truncate', at: int(1 << 30) }
    case 4:
      return { kind: 'duplicate-line', line: int(1 << 20), times: int(5) }
    case 5:
      return { kind: 'swap-lines', a: int(1 << 20), b: int(1 << 20) }
    case 6:
      return { kind: 'number', index: int(1 << 20), value: pick(NUMBER_REPLACEMENTS) }
    default:
      return { kind: 'header', cell: int(1 << 10), name: pick(HEADER_NAMES) }
  }
}
