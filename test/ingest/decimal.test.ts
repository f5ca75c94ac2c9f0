/**
 * parseDecimalBytes must give exactly Number()'s double for every decimal it accepts, and NaN
 * for everything numberCell would not take as a number.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDecimalBytes } from '../../src/ingest/shared/decimal.js'
import { seededRandom } from '../reliability/corpus-types.js'

/** numberCell's grammar (csv.ts). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

const random = seededRandom

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

function check(text: string): void {
  const bytes = bytesOf(`xx${text}yy`)
  const got = parseDecimalBytes(bytes, 2, bytes.length - 2)
  const want = NUMBER.test(text) ? Number(text) : NaN
  assert.ok(Object.is(got, want), `${JSON.stringify(text)}: ${got} ≠ Number() ${want}`)
}

describe('parseDecimalBytes', () => {
  it('reads what trackers write', () => {
    for (const text of [
      '0',
      '-0',
      '+0.0',
      '631.95',
      '0.1',
      '0.3',
      '1.',
      '.5',
      '-.5e-3',
      '1e308',
      '1e309',
      '-1e400',
      '4.9e-324',
      '1e-400',
      '123456789012345',
      '1234567890123456',
      '12345678901234567890123',
      '0.00000000000000000000000000012345',
      '9007199254740993',
      '3.0000000000000004',
      '0.30000000000000004',
      '1234.5678901234567',
      '2.2250738585072011e-308',
      '2.2250738585072012e-308',
      '1.7976931348623157e308',
      '1.7976931348623159e308',
      '000000000000000000000001.5',
      '1E+22',
      '1e23',
      '8.589973e9',
      '1e00000000000000000000022',
      // Midpoints and near-midpoints between doubles (ties to even), 16 to 19 digits.
      '4503599627370497.5',
      '4503599627370498.5',
      '450359962737049.75',
      '9007199254740993.0',
      '9007199254740992.999',
      '9007199254740993.001',
      '18014398509481986.0',
      '1.000000000000000111',
      '1.000000000000000112',
      '0.9999999999999999444888',
      '1234567890123456789',
      '9999999999999999999',
      '0.0000001000000000000000048',
    ]) {
      check(text)
    }
  })

  it('gives NaN for what is not a plain decimal', () => {
    for (const text of [
      '',
      '-',
      '+',
      '.',
      '-.',
      'e5',
      '1e',
      '1e+',
      '1.2.3',
      '1,5',
      ' 1',
      '1 ',
      'nan',
      'inf',
      '0x10',
      '1_000',
      '--1',
      '1e5.5',
      '١',
    ]) {
      check(text)
    }
  })

  it('matches Number() on 200,000 random decimals (short, long, exponents, signs, junk)', () => {
    const next = random(17)
    const digits = (n: number): string => {
      let s = ''
      for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10))
      return s
    }
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
    for (let k = 0; k < 200_000; k++) {
      const length = pick([1, 2, 3, 6, 10, 15, 15, 16, 17, 17, 18, 20, 25, 40])
      const intDigits = Math.floor(next() * (length + 1))
      let text = pick(['', '', '', '-', '+']) + digits(intDigits)
      if (next() < 0.8) text += '.' + digits(length - intDigits)
      if (next() < 0.3) {
        text += pick(['e', 'E']) + pick(['', '-', '+']) + String(Math.floor(next() * 40) - 5)
      }
      if (next() < 0.03) {
        const at = Math.floor(next() * (text.length + 1))
        text = text.slice(0, at) + pick(['.', 'e', '-', 'x', ' ', '0']) + text.slice(at)
      }
      check(text)
    }
  })

  it('matches Number() on 200,000 random 16–19 digit mantissas over 10^0 … 10^-22', () => {
    const next = random(5)
    for (let k = 0; k < 200_000; k++) {
      const length = 16 + Math.floor(next() * 4)
      let digits = String(1 + Math.floor(next() * 9))
      for (let i = 1; i < length; i++) digits += String(Math.floor(next() * 10))
      // Now and then a mantissa ending in 5 followed by zeros: a decimal midpoint candidate.
      if (next() < 0.1) digits = digits.slice(0, length - 3) + '500'
      const point = Math.floor(next() * 23)
      const text =
        point >= length
          ? `0.${'0'.repeat(point - length)}${digits}`
          : `${digits.slice(0, length - point)}.${digits.slice(length - point)}`
      check(text)
    }
  })

  it('matches Number() on random doubles as JavaScript and Python print them', () => {
    const next = random(99)
    const view = new DataView(new ArrayBuffer(8))
    for (let k = 0; k < 100_000; k++) {
      view.setUint32(0, Math.floor(next() * 2 ** 32))
      view.setUint32(4, Math.floor(next() * 2 ** 32))
      const x = view.getFloat64(0)
      if (!Number.isFinite(x)) continue
      check(String(x))
      check(x.toPrecision(17))
      check(x.toExponential(16))
      const scaled = next() * 10 ** Math.floor(next() * 12 - 4)
      check(String(scaled))
      check(scaled.toFixed(Math.floor(next() * 19)))
    }
  })
})
