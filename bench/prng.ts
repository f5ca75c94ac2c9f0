/**
 * A small seeded pseudo-random generator (mulberry32) for the benchmark's inputs: the same seed
 * gives the same sequence on every machine and Node version, so generated files are identical.
 * Not for anything that needs good statistics or secrecy.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** A float in [min, max). */
  between(min: number, max: number): number
  /** `n` lower-case hex digits. */
  hex(n: number): string
}

/** A 32-bit seed from any string (FNV-1a), for `createRandom(seedFrom('zeus'))`. */
export function seedFrom(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n) => Math.floor(next() * n),
    between: (min, max) => min + (max - min) * next(),
    hex(n) {
      let out = ''
      while (out.length < n)
        out += Math.floor(next() * 0x10000)
          .toString(16)
          .padStart(4, '0')
      return out.slice(0, n)
    },
  }
}

/** A version-4-shaped UUID from the generator (deterministic, not random). */
export function makeUuid(random: Random): string {
  const h = random.hex(32)
  const variant = '89ab'[random.int(4)]!
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`
}
