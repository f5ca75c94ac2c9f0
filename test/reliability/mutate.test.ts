/**
 * The mutation engine shared by the property tests and scripts/fuzz.ts: each mutation does what
 * it says, and a seed replays the same mutations (a fuzz crash can be reproduced).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fuzzOne, mutationLists } from './fuzz-read.js'
import { applyMutation } from './mutate.js'
import { genericJson } from './valid-artifacts.js'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const dec = (b: Uint8Array): string => new TextDecoder().decode(b)

test('each mutation changes the bytes as described', () => {
  const text = enc('a,b,c\n1,2,3\n4,5,6')
  assert.equal(dec(applyMutation(text, { kind: 'flip', at: 0, bit: 0 })), '`,b,c\n1,2,3\n4,5,6')
  assert.equal(
    dec(applyMutation(text, { kind: 'insert', at: 1, byte: 0x7c })),
    'a|,b,c\n1,2,3\n4,5,6',
  )
  assert.equal(dec(applyMutation(text, { kind: 'delete', at: 0, count: 1 })), 'b,c\n1,2,3\n4,5,6')
  assert.equal(dec(applyMutation(text, { kind: 'truncate', at: 7 })), 'a,b,c\n1')
  assert.equal(
    dec(applyMutation(text, { kind: 'duplicate-line', line: 1, times: 1 })),
    'a,b,c\n1,2,3\n1,2,3\n1,2,3\n4,5,6',
  )
  assert.equal(dec(applyMutation(text, { kind: 'swap-lines', a: 0, b: 2 })), '4,5,6\n1,2,3\na,b,c')
  assert.equal(
    dec(applyMutation(text, { kind: 'number', index: 4, value: '1e308' })),
    'a,b,c\n1,2,3\n4,1e308,6',
  )
  assert.equal(
    dec(applyMutation(text, { kind: 'header', cell: 4, name: 'x' })),
    'a,x,c\n1,2,3\n4,5,6',
  )
  // Positions wrap around: any non-negative integer is a valid parameter.
  assert.equal(dec(applyMutation(text, { kind: 'truncate', at: 18 + 7 })), 'a,b,c\n1')
  assert.equal(applyMutation(new Uint8Array(0), { kind: 'flip', at: 5, bit: 1 }).byteLength, 0)
})

test('a seed replays the same mutation lists; another seed gives others', () => {
  const a = [...mutationLists(7, 'examples/x.csv', 50)]
  const b = [...mutationLists(7, 'examples/x.csv', 50)]
  const c = [...mutationLists(8, 'examples/x.csv', 50)]
  assert.deepEqual(a, b)
  assert.notDeepEqual(a, c)
  assert.ok(a.every((ms) => ms.length >= 1 && ms.length <= 3))
})

test('fuzzOne: an untouched valid file is ok, a truncated one an ArtifactError', async () => {
  const seed = { label: 'x', path: 'x/job.carbon.json', bytes: enc(genericJson()), siblings: {} }
  assert.deepEqual(await fuzzOne(seed, [{ kind: 'insert', at: 0, byte: 0x20 }]), { outcome: 'ok' })
  assert.deepEqual(await fuzzOne(seed, [{ kind: 'truncate', at: 10 }]), { outcome: 'error' })
})
