import assert from 'node:assert/strict'
import { describe, it, test } from 'node:test'
import {
  formatAmount,
  formatDecimal,
  formatEnergy,
  formatFraction,
  formatIntensity,
  formatMass,
  formatMassRange,
  formatNumber,
  formatPercent,
  formatSignedMass,
  formatSignedPercent,
  formatWholePercent,
} from '../../src/report/format-numbers.js'

describe('formatNumber', () => {
  it('groups thousands with commas and keeps the decimals asked for', () => {
    assert.equal(formatNumber(1234567.891, 2), '1,234,567.89')
    assert.equal(formatNumber(999, 0), '999')
    assert.equal(formatNumber(1000, 0), '1,000')
    assert.equal(formatNumber(-12345.5, 1), '-12,345.5')
  })
  it('never prints a negative zero or NaN', () => {
    assert.equal(formatNumber(-0.001, 1), '0.0')
    assert.equal(formatNumber(Number.NaN, 1), 'n/a')
    assert.equal(formatNumber(Infinity, 0), 'n/a')
  })
  it('formatDecimal drops trailing zeros', () => {
    assert.equal(formatDecimal(1.2), '1.2')
    assert.equal(formatDecimal(1.0), '1')
    assert.equal(formatDecimal(2500), '2,500')
    assert.equal(formatDecimal(0.055958456, 5), '0.05596')
  })
})

describe('formatMass', () => {
  it('picks g, kg or t so about three digits show', () => {
    assert.equal(formatMass(0.0123), '12.3 g')
    assert.equal(formatMass(50_532.447), '50.5 t')
    assert.equal(formatMass(1), '1.00 kg')
    assert.equal(formatMass(21.0009), '21.0 kg')
    assert.equal(formatMass(663.2), '663 kg')
    assert.equal(formatMass(0.000874), '874 mg')
    assert.equal(formatMass(1_234_567), '1,235 t')
  })
  it('moves to the next unit when rounding reaches it', () => {
    assert.equal(formatMass(999.6), '1.00 t')
    assert.equal(formatMass(0.99996), '1.00 kg')
  })
  it('handles zero, negatives, tiny and non-finite values', () => {
    assert.equal(formatMass(0), '0 kg')
    assert.equal(formatMass(-0.5), '-500 g')
    assert.equal(formatMass(5e-10), '0.0005 mg')
    assert.equal(formatMass(Number.NaN), 'n/a')
  })
  it('signs deltas', () => {
    assert.equal(formatSignedMass(3.2), '+3.20 kg')
    assert.equal(formatSignedMass(-0.5), '-500 g')
    assert.equal(formatSignedMass(0), '0 kg')
  })
})

describe('formatEnergy', () => {
  it('picks Wh, kWh, MWh or GWh', () => {
    assert.equal(formatEnergy(433_196), '433 MWh')
    assert.equal(formatEnergy(689_842), '690 MWh')
    assert.equal(formatEnergy(0.14), '140 Wh')
    assert.equal(formatEnergy(18.4), '18.4 kWh')
    assert.equal(formatEnergy(2.5e6), '2.50 GWh')
    assert.equal(formatEnergy(0), '0 kWh')
  })
})

describe('percentages and amounts', () => {
  it('formats percentages with a space before %', () => {
    assert.equal(formatPercent(52.34), '52.3 %')
    assert.equal(formatPercent(1234.5), '1,235 %')
    assert.equal(formatPercent(0.00241), '0.0024 %')
    assert.equal(formatFraction(0.523), '52.3 %')
    assert.equal(formatWholePercent(0.523), '52 %')
    assert.equal(formatWholePercent(1.4), '140 %')
  })
  it('signs percentage deltas', () => {
    assert.equal(formatSignedPercent(12.54), '+12.5 %')
    assert.equal(formatSignedPercent(-3), '-3.0 %')
    assert.equal(formatSignedPercent(0), '0 %')
  })
  it('formats counts with about three significant digits', () => {
    assert.equal(formatAmount(60.59), '60.6')
    assert.equal(formatAmount(206_932.4), '206,932')
    assert.equal(formatAmount(4_075_197), '4.08 million')
    assert.equal(formatAmount(2.5e9), '2.50 billion')
    assert.equal(formatAmount(4.075), '4.08')
    assert.equal(formatAmount(0.00241), '0.0024')
    assert.equal(formatAmount(0), '0')
  })
  it('formats intensities without needless decimals', () => {
    assert.equal(formatIntensity(57), '57 g/kWh')
    assert.equal(formatIntensity(394.56), '395 g/kWh')
    assert.equal(formatIntensity(56.25), '56.3 g/kWh')
  })
})

test('formatMassRange: the range in the central value’s unit; a point shows the mass alone', () => {
  assert.equal(formatMassRange(21.04, { low: 15.2, high: 27.94 }), '21.0 kg (15.2–27.9)')
  assert.equal(formatMassRange(50532, { low: 14711, high: 85467 }), '50.5 t (14.7–85.5)')
  assert.equal(formatMassRange(0.5, { low: 0.25, high: 1.5 }), '500 g (250–1,500)')
  assert.equal(formatMassRange(21, { low: 21, high: 21 }), '21.0 kg')
  assert.equal(formatMassRange(21, undefined), '21.0 kg')
  assert.equal(formatMassRange(Number.NaN, { low: 1, high: 2 }), 'n/a')
})
