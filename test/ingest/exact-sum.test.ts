/**
 * Exact sums (parallel/exact-sum.ts): the sum of any non-negative doubles, rounded once, whatever
 * their order, checked against an independent reference (each double as a BigInt multiple of
 * 2⁻¹⁰⁷⁴, summed, then rounded half to even by hand).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import {
  NORMALIZE_AT,
  SUM_WORDS,
  addExact,
  addSum,
  sumValue,
} from '../../src/ingest/shared/parallel/exact-sum.js'

/** x as an integer multiple of 2⁻¹⁰⁷⁴. */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const e = Number((bits >> 52n) & 0x7ffn)
  const frac = bits & ((1n << 52n) - 1n)
  return e === 0 ? frac : (frac | (1n << 52n)) << BigInt(e - 1)
}

/** The double nearest to n × 2⁻¹⁰⁷⁴ (ties to even), for n below 2¹⁰²⁴⁺¹⁰⁷⁴. */
function nearest(n: bigint): number {
  if (n === 0n) return 0
  const bits = n.toString(2).length
  if (bits <= 53) return Number(n) * 2 ** -1074
  const drop = BigInt(bits - 53)
  let top = n >> drop
  const rest = n - (top << drop)
  const half = 1n << (drop - 1n)
  if (rest > half || (rest === half && (top & 1n) === 1n)) top++
  return Number(top) * 2 ** (Number(drop) - 1074)
}

function exact(xs: readonly number[]): number {
  const s = new Float64Array(SUM_WORDS)
  for (const x of xs) addExact(s, 0, x)
  return sumValue(s, 0)
}

const term = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.double({ min: 0, max: 1e-300, noNaN: true }),
  fc.integer({ min: 0, max: 2 ** 40 }).map((n) => n / 100),
)

test('exact sums are the correctly rounded sum, in any order and any split', () => {
  fc.assert(
    fc.property(fc.array(term, { maxLength: 60 }), fc.nat(), (xs, cut) => {
      const want = nearest(xs.reduce((sum, x) => sum + scaled(x), 0n))
      assert.equal(exact(xs), want)
      assert.equal(exact([...xs].reverse()), want)
      // Two partial sums added (as pieces of a file are) give the same.
      const k = xs.length === 0 ? 0 : cut % (xs.length + 1)
      const a = new Float64Array(SUM_WORDS)
      const b = new Float64Array(SUM_WORDS)
      xs.slice(0, k).forEach((x) => {
        addExact(a, 0, x)
      })
      xs.slice(k).forEach((x) => {
        addExact(b, 0, x)
      })
      addSum(a, 0, b, 0)
      assert.equal(sumValue(a, 0), want)
    }),
    { numRuns: 300 },
  )
})

test('carries past NORMALIZE_AT additions are kept', () => {
  const s = new Float64Array(SUM_WORDS)
  const x = 2 ** 32 - 1
  for (let i = 0; i < NORMALIZE_AT + 5; i++) addExact(s, 0, x)
  assert.equal(sumValue(s, 0), x * (NORMALIZE_AT + 5))
  assert.equal(exact([0.1, 0.2, 0.3]), 0.6)
  // 10000000000000001 lies halfway between 1e16 and 1e16 + 2: to even, 1e16.
  assert.equal(exact([1e16, 1, -0]), 1e16)
})
