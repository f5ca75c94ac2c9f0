/**
 * Exact sums of non-negative doubles, so that a sum does not depend on the order of its terms:
 * a file read in pieces (by worker threads, cut anywhere) gives the same energy, to the last bit,
 * as the file read in one pass.
 *
 * A sum is kept as a fixed-point integer of LIMBS 32-bit limbs (in units of 2⁻¹⁰⁷⁴, the smallest
 * double), each limb held in a double (exact below 2⁵³). A term is cut into three 32-bit pieces
 * added to the limbs its exponent selects; after NORMALIZE_AT additions the carries are moved up.
 * The value is the exact sum rounded once (to nearest, ties to even).
 *
 * Sums live in a Float64Array at a base offset (see SumLayout), so a WebAssembly scanner can add
 * to the same memory (nvidia-smi-kernel.ts) with the same arithmetic.
 */

/** Limbs of 32 bits: 2046 bit positions of doubles + 84 bits of a shifted mantissa + carries. */
export const LIMBS = 68
/** Additions between normalisations: each adds < 2³² to a limb, which stays exact below 2⁵³. */
export const NORMALIZE_AT = 1 << 20
/** Offsets in a sum's words: the additions since the last normalisation, then the limbs. */
export const SUM_ADDS = 0
export const SUM_LIMB0 = 1
/** Words (doubles) of one sum. */
export const SUM_WORDS = SUM_LIMB0 + LIMBS

const TWO32 = 4294967296
const POW2 = Array.from({ length: 32 }, (_, k) => 2 ** k)
const scratch = new Float64Array(1)
const halves = new Uint32Array(scratch.buffer)
/** Which of the two Uint32 halves of a double holds its sign and exponent. */
const HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0
const LO = 1 - HI

/** Add `x` (finite, ≥ 0) to the sum at `store[base..]`. */
export function addExact(store: Float64Array, base: number, x: number): void {
  scratch[0] = x
  const hi = halves[HI]!
  const lo = halves[LO]!
  const e = (hi >>> 20) & 0x7ff
  const mantissaHi = (hi & 0xfffff) | (e === 0 ? 0 : 0x100000)
  // x = mantissa × 2^(shift − 1074), mantissa = mantissaHi × 2³² + lo.
  const shift = e === 0 ? 0 : e - 1
  const bit = shift & 31
  const p0 = (lo << bit) >>> 0
  const upper = mantissaHi * POW2[bit]! + (bit === 0 ? 0 : lo >>> (32 - bit))
  const p2 = Math.floor(upper / TWO32)
  const at = base + SUM_LIMB0 + (shift >>> 5)
  store[at] = store[at]! + p0
  store[at + 1] = store[at + 1]! + (upper - p2 * TWO32)
  store[at + 2] = store[at + 2]! + p2
  if (++store[base + SUM_ADDS]! >= NORMALIZE_AT) normalizeSum(store, base)
}

/** Move the carries up: every limb below 2³² again. */
export function normalizeSum(store: Float64Array, base: number): void {
  let carry = 0
  const first = base + SUM_LIMB0
  for (let i = first; i < first + LIMBS; i++) {
    const v = store[i]! + carry
    carry = Math.floor(v / TWO32)
    store[i] = v - carry * TWO32
  }
  store[base + SUM_ADDS] = 0
}

/** Add the sum at `from[fromBase..]` to the one at `store[base..]`. */
export function addSum(
  store: Float64Array,
  base: number,
  from: ArrayLike<number>,
  fromBase: number,
): void {
  normalizeSum(store, base)
  for (let i = base + SUM_LIMB0; i < base + SUM_LIMB0 + LIMBS; i++) {
    store[i] = store[i]! + from[i - base + fromBase]!
  }
  normalizeSum(store, base)
}

/** The sum's words, normalised (for a piece's result). */
export function sumWords(store: Float64Array, base: number): number[] {
  normalizeSum(store, base)
  return Array.from(store.subarray(base, base + SUM_WORDS))
}

/** The exact sum, rounded once to the nearest double. */
export function sumValue(store: ArrayLike<number>, base: number): number {
  let total = 0n
  for (let i = LIMBS - 1; i >= 0; i--) {
    total = (total << 32n) + BigInt(store[base + SUM_LIMB0 + i]!)
  }
  if (total === 0n) return 0
  const bits = total.toString(2).length
  const drop = bits > 64 ? bits - 64 : 0
  let top = total >> BigInt(drop)
  // A sticky bit below the rounding position, so that Number() rounds as the whole would.
  if (drop > 0 && (total & ((1n << BigInt(drop)) - 1n)) !== 0n) top |= 1n
  const exponent = drop - 1074
  return Number(top) * 2 ** Math.max(exponent, -1022) * 2 ** Math.min(exponent + 1022, 0)
}
