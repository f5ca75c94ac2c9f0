/**
 * Decimal numbers read straight from bytes, for the fast paths of large logs: the same double
 * `Number()` gives for the same text, with no string made in the common case.
 *
 * Accepted (all of `bytes[start..end)`, nothing trimmed): `[+-]?(D+[.D*] | .D+)([eE][+-]?D+)?`,
 * the numbers csv.ts' numberCell accepts. Anything else is NaN, so that the caller can hand the
 * cell to its string path.
 *
 * Exactness: the digits give an integer mantissa m and a power of ten e (value = m × 10^e). When
 * m has at most 15 significant digits (so m < 2^53, exact) and |e| ≤ 22 (10^|e| is exact as a
 * double), m × 10^e or m / 10^-e is one correctly rounded IEEE operation on exact operands:
 * the correctly rounded value, which is what Number() returns (Clinger's fast path). Every other
 * case (16+ significant digits, as Zeus writes; huge exponents) is parsed by Number() on the
 * slice, so the result is always Number()'s.
 */

/** 10^k for k ≤ 22: every one is exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k)
/** Significant digits whose integer is always exact (10^15 < 2^53). */
const MAX_FAST_DIGITS = 15
const MAX_FAST_EXPONENT = 22

const PLUS = 0x2b
const MINUS = 0x2d
const DOT = 0x2e
const ZERO = 0x30
const E_LOWER = 0x65
const E_UPPER = 0x45

/** `bytes[start..end)` as text (the caller knows it is ASCII: it was just scanned). */
function slowParse(bytes: Uint8Array, start: number, end: number): number {
  let text = ''
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!)
  return Number(text)
}

/** The decimal at `bytes[start..end)` as Number() reads it, or NaN when it is not one. */
export function parseDecimalBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start
  let negative = false
  if (i < end) {
    const c = bytes[i]!
    if (c === MINUS) {
      negative = true
      i++
    } else if (c === PLUS) i++
  }
  let mantissa = 0
  /** Significant digits taken into the mantissa (leading zeros are not). */
  let significant = 0
  let digits = 0
  /** Digits after the point. */
  let fraction = 0
  let seenDot = false
  for (; i < end; i++) {
    const d = bytes[i]! - ZERO
    if (d >= 0 && d <= 9) {
      digits++
      if (seenDot) fraction++
      if (significant > 0 || d !== 0) {
        significant++
        mantissa = mantissa * 10 + d
      }
    } else if (d === DOT - ZERO && !seenDot) seenDot = true
    else break
  }
  if (digits === 0) return NaN
  let exponent = 0
  if (i < end) {
    const c = bytes[i]!
    if (c !== E_LOWER && c !== E_UPPER) return NaN
    i++
    let expNegative = false
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
      expNegative = bytes[i] === MINUS
      i++
    }
    if (i === end) return NaN
    for (; i < end; i++) {
      const d = bytes[i]! - ZERO
      if (d < 0 || d > 9) return NaN
      // Beyond this the value is 0 or Infinity whatever the digits: Number() decides.
      if (exponent < 100_000) exponent = exponent * 10 + d
    }
    if (expNegative) exponent = -exponent
  }
  if (significant > MAX_FAST_DIGITS) return slowParse(bytes, start, end)
  const scale = exponent - fraction
  let value: number
  if (mantissa === 0) value = 0
  else if (scale === 0) value = mantissa
  else if (scale > 0 && scale <= MAX_FAST_EXPONENT) value = mantissa * POWERS_OF_TEN[scale]!
  else if (scale < 0 && scale >= -MAX_FAST_EXPONENT) value = mantissa / POWERS_OF_TEN[-scale]!
  else return slowParse(bytes, start, end)
  return negative ? -value : value
}
