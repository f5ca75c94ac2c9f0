import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  parseBoolean,
  parseDurationSeconds,
  parseMass,
  parseNumber,
  parsePercent,
} from '../../src/config/quantities.js'

describe('parseMass', () => {
  const valid: readonly (readonly [string, number])[] = [
    ['800g', 0.8],
    ['25kg', 25],
    ['25 kg', 25],
    ['1.2t', 1200],
    ['1.2 t', 1200],
    ['0.5tCO2e', 500],
    ['0.5 t CO2e', 500],
    ['12kgCO2e', 12],
    ['12 kg co2eq', 12],
    ['250gCO2e', 0.25],
    ['250 gCO2', 0.25],
    ['3 tonnes', 3000],
    ['1 tonne', 1000],
    ['25KG', 25],
    ['25Kg', 25],
    ['2T', 2000],
    ['.5kg', 0.5],
    ['1e3g', 1],
    ['  25kg  ', 25],
    ['1e12kg', 1e12],
  ]
  for (const [text, kg] of valid) {
    it(`reads ${JSON.stringify(text)} as ${kg} kg`, () => {
      assert.equal(parseMass(text), kg)
    })
  }

  const invalid: readonly (readonly [unknown, RegExp])[] = [
    ['25', /has no unit: add a unit, e\.g\. 25kg/],
    [25, /has no unit: add a unit, e\.g\. 25kg/],
    ['25 kgs', /^Error: "25 kgs" is not a mass; write it like 800g, 25kg or 1\.2t$/],
    ['25 lb', /is not a mass/],
    ['kg', /is not a mass/],
    ['', /is not a mass/],
    ['-1kg', /negative/],
    ['0kg', /zero/],
    ['0.0 t', /zero/],
    ['1e308kg', /more than any plausible budget/],
    ['1e400kg', /more than any plausible budget/],
    ['1.1e9t', /more than any plausible budget/],
    ['NaNkg', /is not a mass/],
    ['Infinitykg', /is not a mass/],
    ['2 tons', /ambiguous.*write t for metric tonnes/],
    ['2ton', /ambiguous/],
    ['1,000kg', /is not a mass/],
    ['25 co2e', /is not a mass/],
    [true, /is not a mass/],
    [null, /is not a mass/],
  ]
  for (const [text, message] of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      assert.throws(() => parseMass(text), message)
    })
  }
})

describe('parsePercent', () => {
  it('reads 10% and 10 alike', () => {
    assert.equal(parsePercent('10%'), 10)
    assert.equal(parsePercent('10'), 10)
    assert.equal(parsePercent(10), 10)
    assert.equal(parsePercent(' 12.5 % '), 12.5)
    assert.equal(parsePercent('0%'), 0)
    assert.equal(parsePercent('250%'), 250)
  })
  it('rejects negative, non-numeric and non-finite values', () => {
    assert.throws(() => parsePercent('-5%'), /negative/)
    assert.throws(() => parsePercent(-5), /negative/)
    assert.throws(() => parsePercent('ten'), /not a percentage; write it like 10%/)
    assert.throws(() => parsePercent('10%%'), /not a percentage/)
    assert.throws(() => parsePercent(Number.POSITIVE_INFINITY), /not a finite number/)
    assert.throws(() => parsePercent(Number.NaN), /not a finite number/)
    assert.throws(() => parsePercent('1e400%'), /not a finite number/)
  })
})

describe('parseDurationSeconds', () => {
  const valid: readonly (readonly [unknown, number])[] = [
    ['60s', 60],
    ['500ms', 0.5],
    ['2m', 120],
    ['2min', 120],
    ['1h', 3600],
    ['1', 1],
    [1, 1],
    [0.25, 0.25],
    ['1.5 s', 1.5],
    ['10MS', 0.01],
  ]
  for (const [text, seconds] of valid) {
    it(`reads ${JSON.stringify(text)} as ${seconds} s`, () => {
      assert.equal(parseDurationSeconds(text), seconds)
    })
  }
  it('rejects zero, negative, unknown units and non-finite values', () => {
    assert.throws(() => parseDurationSeconds('0s'), /more than 0/)
    assert.throws(() => parseDurationSeconds(0), /more than 0/)
    assert.throws(() => parseDurationSeconds('-1s'), /negative/)
    assert.throws(() => parseDurationSeconds('5 days'), /not a duration; write it like 500ms, 60s/)
    assert.throws(() => parseDurationSeconds('s'), /not a duration/)
    assert.throws(() => parseDurationSeconds(Number.POSITIVE_INFINITY), /not a finite duration/)
    assert.throws(() => parseDurationSeconds('1e400s'), /not a finite duration/)
  })
})

describe('parseBoolean', () => {
  it('reads the YAML 1.1 words in three cases, and YAML booleans', () => {
    for (const t of ['true', 'True', 'TRUE', 'yes', 'Yes', 'on', 'ON'])
      assert.equal(parseBoolean(t), true)
    for (const f of ['false', 'False', 'FALSE', 'no', 'NO', 'off', 'Off']) {
      assert.equal(parseBoolean(f), false)
    }
    assert.equal(parseBoolean(true), true)
    assert.equal(parseBoolean(false), false)
  })
  it('rejects anything else', () => {
    assert.throws(() => parseBoolean('tRuE'), /must be true or false, got "tRuE"/)
    assert.throws(() => parseBoolean('1'), /must be true or false/)
    assert.throws(() => parseBoolean(1), /must be true or false, got 1/)
    assert.throws(() => parseBoolean(''), /must be true or false/)
  })
})

describe('parseNumber', () => {
  it('reads signed decimals and YAML numbers, nothing else', () => {
    assert.equal(parseNumber('1.2'), 1.2)
    assert.equal(parseNumber(' -3 '), -3)
    assert.equal(parseNumber('+4e2'), 400)
    assert.equal(parseNumber(57), 57)
    assert.throws(() => parseNumber('57g'), /"57g" is not a number/)
    assert.throws(() => parseNumber('0x10'), /is not a number/)
    assert.throws(() => parseNumber('Infinity'), /is not a number/)
    assert.throws(() => parseNumber(''), /is not a number/)
  })
})
