import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { appendAll, maxOf, minOf } from '../../src/core/arrays.js'

describe('array helpers for any length', () => {
  const big = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 1_000_003)

  it('appendAll appends half a million items (a spread throws at this size)', () => {
    const target = [1]
    assert.throws(() => target.push(...big), RangeError)
    const out = appendAll([1], big)
    assert.equal(out.length, big.length + 1)
    assert.equal(out[1], big[0])
    assert.equal(out.at(-1), big.at(-1))
  })

  it('maxOf and minOf agree with Math.max / Math.min, empty and NaN included', () => {
    const small = [3, -1, 7.5, 0, -0]
    assert.equal(maxOf(small), Math.max(...small))
    assert.equal(minOf(small), Math.min(...small))
    assert.equal(maxOf([]), -Infinity)
    assert.equal(minOf([]), Infinity)
    assert.ok(Number.isNaN(maxOf([1, NaN, 2])))
    assert.ok(Number.isNaN(minOf([1, NaN, 2])))
    assert.equal(
      maxOf(big),
      big.reduce((a, b) => (b > a ? b : a)),
    )
    assert.equal(
      minOf(new Set(big)),
      big.reduce((a, b) => (b < a ? b : a)),
    )
  })
})
