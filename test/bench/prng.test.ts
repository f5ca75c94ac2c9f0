import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRandom, makeUuid, seedFrom } from '../../bench/prng.js'

test('mulberry32 with seed 1 gives the published first values', () => {
  // Reference values from an independent implementation of mulberry32.
  const r = createRandom(1)
  assert.equal(r.next(), 0.6270739405881613)
  assert.equal(r.next(), 0.002735721180215478)
  assert.equal(r.next(), 0.5274470399599522)
})

test('the same seed gives the same sequence, another seed another one', () => {
  const take = (seed: number): number[] => {
    const r = createRandom(seed)
    return Array.from({ length: 20 }, () => r.next())
  }
  assert.deepEqual(take(42), take(42))
  assert.notDeepEqual(take(42), take(43))
})

test('seedFrom is 32-bit FNV-1a', () => {
  assert.equal(seedFrom(''), 0x811c9dc5)
  assert.equal(seedFrom('a'), 0xe40c292c)
})

test('int, between and hex stay in range', () => {
  const r = createRandom(7)
  for (let i = 0; i < 1000; i++) {
    const n = r.int(5)
    assert.ok(Number.isInteger(n) && n >= 0 && n < 5)
    const x = r.between(2, 3)
    assert.ok(x >= 2 && x < 3)
  }
  assert.match(r.hex(13), /^[0-9a-f]{13}$/)
})

test('makeUuid has the shape of a version-4 UUID', () => {
  const r = createRandom(9)
  for (let i = 0; i < 50; i++) {
    assert.match(
      makeUuid(r),
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  }
})
