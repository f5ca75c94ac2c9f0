/** `poll-interval` needs its unit: `dmon -d 1000` users mean 1000 ms, not 1000 s. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeValue, parsePollInterval } from '../../src/config/quantities.js'
import { assertConfigError, resolve } from './helpers.js'

describe('poll-interval', () => {
  it('a bare number is an error naming both readings, from a flag or the file', () => {
    assertConfigError(
      () => resolve({ 'poll-interval': '1000' }),
      '--poll-interval: 1000 has no unit: write 1000ms or 1s (dmon -d counts milliseconds)',
    )
    assertConfigError(
      () => resolve({}, 'power-logs:\n  poll-interval: 1000\n'),
      '.carbon-gate.yml:2: power-logs.poll-interval: 1000 has no unit: write 1000ms or 1s (dmon -d counts milliseconds)',
    )
    assertConfigError(
      () => resolve({}, 'power-logs:\n  poll-interval: "250"\n'),
      /250 has no unit: write 250ms or 0\.25s/,
    )
  })

  it('takes a duration with its unit', () => {
    assert.equal(parsePollInterval('1000ms'), 1)
    assert.equal(parsePollInterval('1s'), 1)
    assert.equal(parsePollInterval(' 2 m '), 120)
    assert.equal(resolve({ 'poll-interval': '500ms' }).pollIntervalSeconds, 0.5)
  })
})

describe('describeValue', () => {
  it('quotes at most a short excerpt of a long value', () => {
    const quoted = describeValue(`root:x:0:0:root:/root:/bin/bash\n${'daemon:x:1:1\n'.repeat(50)}`)
    assert.ok(quoted.length < 80, quoted)
    assert.ok(quoted.endsWith('…"'), quoted)
    assert.ok(!quoted.includes('\n'))
  })
})
