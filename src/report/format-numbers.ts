/**
 * Numbers as people read them, the same on every machine: no locale, `,` between thousands,
 * `.` for decimals, ASCII `-` for negatives, a space before the unit and `%`. Non-finite values
 * print `n/a`. One rounding style for every output (comment, summary, text, log); only the space
 * differs: Markdown passes NBSP so that a browser never breaks "19.6 kg" across lines.
 */

const NOT_AVAILABLE = 'n/a'

/** A no-break space (U+00A0): what Markdown puts between a value and its unit. */
export const NBSP = '\u00A0'

/** The space between a value and its unit: ASCII for text and logs, NBSP for Markdown. */
export type UnitSpace = ' ' | typeof NBSP

/** `value` with exactly `decimals` decimals and thousands separators: 1234.5 → "1,234.5". */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole = '0', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const negative = value < 0 && Number(fixed) !== 0
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`
}

/** At most `maxDecimals` decimals, trailing zeros dropped: 1.20 → "1.2", 1.125 → "1.13". */
export function formatDecimal(value: number, maxDecimals = 2): string {
  const text = formatNumber(value, maxDecimals)
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

/** Round to `digits` significant digits (a number, for choosing units and decimals). */
function roundSignificant(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits))
}

/**
 * About three significant digits, never scientific notation: 206929.4 → "206,929",
 * 60.59 → "60.6", 4.075 → "4.08", 0.00241 → "0.0024", 4075197 → "4.08 million".
 */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE
  const magnitude = Math.abs(roundSignificant(value, 3))
  if (magnitude >= 1e9) return `${formatAmount(value / 1e9)} billion`
  if (magnitude >= 1e6) return `${formatAmount(value / 1e6)} million`
  if (magnitude >= 100) return formatNumber(value, 0)
  if (magnitude >= 10) return formatNumber(value, 1)
  if (magnitude >= 1) return formatNumber(value, 2)
  if (magnitude === 0) return '0'
  const decimals = Math.min(12, 1 - Math.floor(Math.log10(Math.abs(value))))
  return formatDecimal(value, decimals)
}

interface ScaleUnit {
  readonly factor: number
  readonly symbol: string
}

/** The largest unit in which the value reads at least 1 (the base unit for 0). */
function pickUnit(value: number, units: readonly ScaleUnit[]): ScaleUnit {
  const smallest = units[0]!
  if (value === 0) return units.find((u) => u.factor === 1) ?? smallest
  const size = Math.abs(value)
  return [...units].reverse().find((u) => roundSignificant(size / u.factor, 3) >= 1) ?? smallest
}

/** Pick the largest unit in which the value reads at least 1, then about three digits. */
function formatScaled(value: number, units: readonly ScaleUnit[], space: UnitSpace): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE
  if (value === 0) return `0${space}${pickUnit(0, units).symbol}`
  const unit = pickUnit(value, units)
  return `${formatAmount(value / unit.factor)}${space}${unit.symbol}`
}

const MASS_UNITS: readonly ScaleUnit[] = [
  { factor: 1e-6, symbol: 'mg' },
  { factor: 1e-3, symbol: 'g' },
  { factor: 1, symbol: 'kg' },
  { factor: 1e3, symbol: 't' },
]

const ENERGY_UNITS: readonly ScaleUnit[] = [
  { factor: 1e-3, symbol: 'Wh' },
  { factor: 1, symbol: 'kWh' },
  { factor: 1e3, symbol: 'MWh' },
  { factor: 1e6, symbol: 'GWh' },
]

/** A mass given in kg, in mg / g / kg / t: 0.0123 → "12.3 g", 50532 → "50.5 t". */
export function formatMass(kg: number, space: UnitSpace = ' '): string {
  return formatScaled(kg, MASS_UNITS, space)
}

/** The low and high end of a value's range, when it has one. */
export interface ValueRange {
  readonly low: number
  readonly high: number
}

/**
 * A mass in kg with its range, both ends in the central value's unit: "21.0 kg (15.2–27.9)",
 * "50.5 t (14.7–85.5)". Without a range, or when the range is the point, the mass alone.
 */
export function formatMassRange(
  kg: number,
  range: ValueRange | undefined,
  space: UnitSpace = ' ',
): string {
  const text = formatMass(kg, space)
  if (range === undefined || !Number.isFinite(kg) || text === NOT_AVAILABLE) return text
  const { low, high } = range
  if (!Number.isFinite(low) || !Number.isFinite(high)) return text
  const unit = pickUnit(kg, MASS_UNITS)
  const end = (x: number): string => formatAmount(x / unit.factor)
  if (end(low) === end(high)) return text
  return `${text} (${end(low)}–${end(high)})`
}

/** A report's (or a job's) total with its range: "21.0 kg (15.2–27.9)". */
export function formatTotalRange(
  t: {
    readonly totalKg: number
    readonly low?: { readonly totalKg: number }
    readonly high?: { readonly totalKg: number }
  },
  space: UnitSpace = ' ',
): string {
  const range =
    t.low !== undefined && t.high !== undefined
      ? { low: t.low.totalKg, high: t.high.totalKg }
      : undefined
  return formatMassRange(t.totalKg, range, space)
}

/** An energy given in kWh, in Wh / kWh / MWh / GWh: 0.5 → "500 Wh", 433196 → "433 MWh". */
export function formatEnergy(kWh: number, space: UnitSpace = ' '): string {
  return formatScaled(kWh, ENERGY_UNITS, space)
}

function signed(value: number, text: string): string {
  return value > 0 && text !== NOT_AVAILABLE && !/^0(\.0+)?[ \u00A0]/.test(text) ? `+${text}` : text
}

/** A signed mass: 3.2 → "+3.20 kg", -0.5 → "-500 g", 0 → "0 kg". */
export function formatSignedMass(kg: number, space: UnitSpace = ' '): string {
  return signed(kg, formatMass(kg, space))
}

/** A signed energy: 0.41 → "+410 Wh", -2 → "-2.00 kWh". */
export function formatSignedEnergy(kWh: number, space: UnitSpace = ' '): string {
  return signed(kWh, formatEnergy(kWh, space))
}

/**
 * A percentage given in percent (not a fraction): 52.34 → "52.3 %", 1234.5 → "1,235 %",
 * 0.00241 → "0.0024 %".
 */
export function formatPercent(percent: number, space: UnitSpace = ' '): string {
  if (!Number.isFinite(percent)) return NOT_AVAILABLE
  const magnitude = Math.abs(roundSignificant(percent, 4))
  if (magnitude >= 1000) return `${formatNumber(percent, 0)}${space}%`
  if (magnitude >= 1) return `${formatNumber(percent, 1)}${space}%`
  return `${formatAmount(percent)}${space}%`
}

/** A signed percentage: 12.54 → "+12.5 %", -3 → "-3.0 %". */
export function formatSignedPercent(percent: number, space: UnitSpace = ' '): string {
  return signed(percent, formatPercent(percent, space))
}

/** A fraction (0.523) as a percentage ("52.3 %"). */
export function formatFraction(fraction: number, space: UnitSpace = ' '): string {
  return formatPercent(fraction * 100, space)
}

/** A grid intensity in g CO2e/kWh: 57 → "57 g/kWh", 394.56 → "395 g/kWh". */
export function formatIntensity(gPerKWh: number, space: UnitSpace = ' '): string {
  if (!Number.isFinite(gPerKWh)) return NOT_AVAILABLE
  return `${formatDecimal(gPerKWh, Math.abs(gPerKWh) >= 100 ? 0 : 1)}${space}g/kWh`
}

/** A whole percentage for usage bars: 0.523 → "52 %". */
export function formatWholePercent(fraction: number, space: UnitSpace = ' '): string {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE
  return `${formatNumber(fraction * 100, 0)}${space}%`
}
