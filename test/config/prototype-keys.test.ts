/**
 * `__proto__`, `constructor` and `prototype` are ordinary keys in `.carbon-gate.yml`: unknown keys
 * at the top level (a `__proto__:` mapping cannot smuggle in a budget), and GPU model names under
 * `hardware.gpus`.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseConfigFile } from '../../src/config/file-config.js'
import { parseJsonNullProto } from '../../src/core/json.js'
import { gpuEmbodiedKg } from '../../src/model/embodied.js'
import { FILE, assertConfigError, resolve } from './helpers.js'

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype']

describe('prototype keys in the config file', () => {
  it('a top-level __proto__ mapping with a budget inside is an unknown key, not a budget', () => {
    assertConfigError(
      () => resolve({}, '__proto__:\n  budget: 1g\n'),
      new RegExp(`^${FILE.replace('.', '\\.')}:1: unknown key '__proto__'`),
    )
  })

  for (const key of PROTO_KEYS) {
    it(`top-level ${key} is reported as an unknown key`, () => {
      assertConfigError(() => resolve({}, `${key}: 1\n`), new RegExp(`:1: unknown key '${key}'`))
    })
    it(`nested ${key} under overhead is reported as an unknown key`, () => {
      assertConfigError(
        () => resolve({}, `overhead:\n  ${key}:\n    mode: idle\n`),
        new RegExp(`:2: overhead: unknown key '${key}'; valid keys here: mode, idle-ratio$`),
      )
    })
  }

  it('parsed mappings have no prototype, and __proto__ is an own key', () => {
    const parsed = parseConfigFile(FILE, '__proto__:\n  budget: 1g\nhardware:\n  gpus: {}\n')
    assert.equal(Object.getPrototypeOf(parsed.data), null)
    assert.ok(Object.hasOwn(parsed.data, '__proto__'))
    assert.equal(parsed.data.budget, undefined)
    assert.equal(({} as Record<string, unknown>).budget, undefined, 'Object.prototype untouched')
  })

  it('GPU models named like prototype members are ordinary overrides', () => {
    const config = resolve(
      {},
      [
        'hardware:',
        '  gpus:',
        ...PROTO_KEYS.map((k, i) => `    ${k}: { embodied-kg: ${1000 + i} }`),
        '    A100: { embodied-kg: 150 }',
        '',
      ].join('\n'),
    )
    assert.deepEqual(Object.keys(config.hardware.gpus).sort(), ['A100', ...PROTO_KEYS].sort())
    PROTO_KEYS.forEach((k, i) => {
      assert.equal(gpuEmbodiedKg(k, config.hardware), 1000 + i, k)
    })
    assert.equal(gpuEmbodiedKg('hasOwnProperty', config.hardware), config.hardware.gpuEmbodiedKg)
    assert.equal(gpuEmbodiedKg('A100 80GB', config.hardware), 150)
  })
})

describe('parseJsonNullProto', () => {
  it('reads every object without a prototype; __proto__ stays an own key', () => {
    const value = parseJsonNullProto(
      '{"__proto__": {"totalKg": 1}, "records": [{"constructor": "x", "prototype": 2}]}',
    ) as Record<string, unknown>
    assert.equal(Object.getPrototypeOf(value), null)
    assert.ok(Object.hasOwn(value, '__proto__'))
    assert.equal(value.totalKg, undefined)
    const record = (value.records as Record<string, unknown>[])[0]!
    assert.equal(Object.getPrototypeOf(record), null)
    assert.equal(record.constructor, 'x')
    assert.equal(({} as Record<string, unknown>).totalKg, undefined)
  })
})
