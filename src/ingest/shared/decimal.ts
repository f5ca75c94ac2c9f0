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
 * the correctly rounded value, which is what Number() returns (Clinger's fast path).
 *
 * 16 to 19 significant digits (Python's repr of a double has up to 17: Zeus writes them) divided
 * by 10^k (k ≤ 22): the mantissa is held exactly as a sum of two doubles, divided with one
 * correction step, and rounded once; the result is kept only when the exact quotient is provably
 * far from a rounding boundary (the error of the steps is below 2^-100 of the value, the margin
 * asked for is 2^-63), so it is again Number()'s double. Every other case (more digits, large
 * exponents, a quotient near a boundary) is parsed by Number() on the slice.
 */

/** 10^k for k ≤ 22: every one is exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k)
/** Significant digits whose integer is always exact (10^15 < 2^53). */
const MAX_FAST_DIGITS = 15
const MAX_FAST_EXPONENT = 22
/** Significant digits whose integer is exact as a sum of two doubles (10^19 < 2^64). */
const MAX_LONG_DIGITS = 19
/** Dekker's splitter for doubles: 2^27 + 1. */
const SPLITTER = 134217729
/** The result is kept when the quotient is farther than this (relative) from a rounding boundary. */
const MARGIN = 2 ** -63

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
  /** The significant digits after the first 15, as an integer (up to 4 of them: 19 in all). */
  let low = 0
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
        if (significant <= MAX_FAST_DIGITS) mantissa = mantissa * 10 + d
        else if (significant <= MAX_LONG_DIGITS) low = low * 10 + d
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
  const scale = exponent - fraction
  if (significant > MAX_FAST_DIGITS) {
    if (significant > MAX_LONG_DIGITS || scale > 0 || scale < -MAX_FAST_EXPONENT) {
      return slowParse(bytes, start, end)
    }
    const value = divideLong(mantissa, low, significant - MAX_FAST_DIGITS, -scale)
    if (Number.isNaN(value)) return slowParse(bytes, start, end)
    return negative ? -value : value
  }
  let value: number
  if (mantissa === 0) value = 0
  else if (scale === 0) value = mantissa
  else if (scale > 0 && scale <= MAX_FAST_EXPONENT) value = mantissa * POWERS_OF_TEN[scale]!
  else if (scale < 0 && scale >= -MAX_FAST_EXPONENT) value = mantissa / POWERS_OF_TEN[-scale]!
  else return slowParse(bytes, start, end)
  return negative ? -value : value
}

/** The low part of the exact product a × b = p + low (Dekker; no overflow here). */
function productError(a: number, b: number, p: number): number {
  let c = SPLITTER * a
  const aHigh = c - (c - a)
  const aLow = a - aHigh
  c = SPLITTER * b
  const bHigh = c - (c - b)
  const bLow = b - bHigh
  return aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow
}

/**
 * (high × 10^lowDigits + low) / 10^k, correctly rounded, for a 16–19 digit mantissa (high has 15
 * digits, low the rest); NaN when the quotient is too near a rounding boundary to be sure.
 */
function divideLong(high: number, low: number, lowDigits: number, k: number): number {
  // The mantissa m = mh + ml exactly (TwoProduct, then TwoSum; pe + low is a small integer).
  const scale = POWERS_OF_TEN[lowDigits]!
  const p0 = high * scale
  const rest = productError(high, scale, p0) + low
  const mh = p0 + rest
  const ml = rest - (mh - p0)
  // q1 + q2 = m / P to within 2^-100 of it: q1 rounded, then the remainder m - q1 P divided.
  const P = POWERS_OF_TEN[k]!
  const q1 = mh / P
  const p = q1 * P
  const remainder = mh - p - productError(q1, P, p) + ml
  const q2 = remainder / P
  // Rounded once (TwoSum: r + t = q1 + q2 exactly).
  const r = q1 + q2
  const back = r - q1
  const t = q1 - (r - back) + (q2 - back)
  // The rounding boundaries next to r are half a gap away (the gap below a power of two is half
  // the one above): a t short of them by the margin leaves the exact quotient on the same side
  // of both as q1 + q2.
  const gap = ulp(r)
  const half = t >= 0 || !isPowerOfTwo(r) ? gap / 2 : gap / 4
  return Math.abs(t) < half - r * MARGIN ? r : NaN
}

const float = new Float64Array(1)
const words = new Uint32Array(float.buffer)
/** Which of the two words holds the sign and exponent. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0

/** The gap between r (a positive finite double) and the next double up (exact: Sterbenz). */
function ulp(r: number): number {
  float[0] = r
  const low = 1 - HIGH
  if (words[low] === 0xffffffff) {
    words[low] = 0
    words[HIGH]!++
  } else words[low]!++
  return float[0] - r
}

function isPowerOfTwo(r: number): boolean {
  float[0] = r
  return (words[HIGH]! & 0xfffff) === 0 && words[1 - HIGH] === 0
}
