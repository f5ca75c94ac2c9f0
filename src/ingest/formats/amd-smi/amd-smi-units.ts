/**
 * Units of AMD power logs. `rocm-smi --showpower --csv` names its unit in the header
 * (`Average Graphics Package Power (W)`); amd-smi wrote `120 W` cells before 2024-02 and bare
 * numbers since; the library below both reads sysfs hwmon, whose unit is µW, and some builds have
 * passed that through. So: a unit in the header or the cells wins; bare numbers are read by
 * magnitude (no accelerator draws kilowatts), and the reader says which unit it took.
 */

export type PowerUnit = 'W' | 'mW' | 'µW'

export const WATTS_PER_UNIT: Readonly<Record<PowerUnit, number>> = { W: 1, mW: 1e-3, µW: 1e-6 }

const UNIT_SPELLINGS: readonly (readonly [string, PowerUnit])[] = [
  ['µw', 'µW'],
  ['μw', 'µW'], // Greek mu, as some terminals write it
  ['uw', 'µW'],
  ['microwatts', 'µW'],
  ['mw', 'mW'],
  ['milliwatts', 'mW'],
  ['w', 'W'],
  ['watts', 'W'],
  ['watt', 'W'],
]

/** The unit named in a header cell: `… Power (W)`, `power [uW]`; undefined when none. */
export function headerUnit(name: string): PowerUnit | undefined {
  const m = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(name)
  if (!m) return undefined
  const lower = m[1]!.toLowerCase()
  return UNIT_SPELLINGS.find(([spelling]) => spelling === lower)?.[1]
}

export interface PowerCell {
  readonly value: number
  /** The unit written after the number, when there is one. */
  readonly unit?: PowerUnit
}

const CELL = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Zµμ]*)$/

/**
 * A power cell: `120`, `120.5 W`, `120000000 uW`. undefined for the empty spellings and for
 * `N/A (Secondary die)` (the primary die of an MI250X reports both); NaN when unreadable.
 */
export function parsePowerCell(cell: string): PowerCell | undefined {
  const t = cell.trim()
  if (t === '' || t === '-' || /^n\/?a\b/i.test(t) || t.toLowerCase() === 'nan') return undefined
  const m = CELL.exec(t)
  if (!m) return { value: NaN }
  const value = Number(m[1])
  if (m[2] === '') return { value }
  const lower = m[2]!.toLowerCase()
  const unit = UNIT_SPELLINGS.find(([spelling]) => spelling === lower)?.[1]
  return unit === undefined ? { value: NaN } : { value, unit }
}

/** Above this a bare number is not watts of one accelerator (MI300X: 750 W). */
const MAX_PLAUSIBLE_W = 5_000

/** The unit of bare numbers whose largest value is `max`. */
export function unitByMagnitude(max: number): PowerUnit {
  if (max <= MAX_PLAUSIBLE_W) return 'W'
  return max <= MAX_PLAUSIBLE_W * 1e3 ? 'mW' : 'µW'
}
