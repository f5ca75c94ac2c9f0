/**
 * The header of an `nvidia-smi --query-gpu … --format=csv[,nounits]` log: which line is one, and
 * where the columns a reader uses are. Columns are found by name, in any order.
 */

export const QUERY_COMMAND =
  'nvidia-smi --query-gpu=timestamp,index,name,power.draw --format=csv -l 1 -f power.csv'

/** Power columns, most preferred first; each with its aliases. */
const POWER_COLUMNS: readonly (readonly string[])[] = [
  ['power.draw.average', 'gpu.power.draw.average'],
  ['power.draw'],
  ['power.draw.instant', 'gpu.power.draw.instant'],
]
const KEY_COLUMNS = ['uuid', 'gpu_uuid', 'pci.bus_id', 'gpu_bus_id', 'index']
/** Query fields that, beside a power column, mark a header as nvidia-smi's. */
const QUERY_FIELDS = new Set(['timestamp', ...KEY_COLUMNS, 'name', 'gpu_name', 'pci.bus'])
export const MASKED_UUID = 'GPU-00000000-0000-0000-0000-000000000000'

/** Header cells → field names: trimmed, lower-cased, unit (` [W]`) removed. */
export function parseQueryHeader(text: string): string[] {
  return text.split(',').map((cell) => {
    const t = cell.trim().toLowerCase()
    const bracket = t.indexOf(' [')
    return bracket === -1 ? t : t.slice(0, bracket).trimEnd()
  })
}

/** Is this line a --query-gpu CSV header with a power column? */
export function isQueryHeader(text: string): boolean {
  if (!text.includes(',')) return false
  const names = parseQueryHeader(text)
  const hasPower = POWER_COLUMNS.some((aliases) => aliases.some((a) => names.includes(a)))
  return hasPower && (text.includes(' [W]') || names.some((n) => QUERY_FIELDS.has(n)))
}

/** Where the columns a reader uses are (-1: absent). */
export interface QueryColumns {
  /** The header's field count. */
  readonly width: number
  readonly tsCol: number
  readonly nameCol: number
  /** Columns that can name a GPU, most preferred first. */
  readonly keyCols: readonly number[]
  /** Power columns present, most preferred first, and their names. */
  readonly powerCols: readonly number[]
  readonly powerNames: readonly string[]
  /** 1 for each column a row is read from. */
  readonly want: Uint8Array
}

/** The columns of a header line (which must pass isQueryHeader). */
export function indexQueryColumns(text: string): QueryColumns {
  const names = parseQueryHeader(text)
  const col = (...aliases: readonly string[]): number => {
    for (const a of aliases) {
      const i = names.indexOf(a)
      if (i !== -1) return i
    }
    return -1
  }
  const tsCol = col('timestamp')
  const nameCol = col('name', 'gpu_name')
  const keyCols = KEY_COLUMNS.map((k) => names.indexOf(k)).filter((i) => i !== -1)
  const powerCols: number[] = []
  const powerNames: string[] = []
  for (const aliases of POWER_COLUMNS) {
    const i = col(...aliases)
    if (i !== -1) {
      powerCols.push(i)
      powerNames.push(names[i]!)
    }
  }
  const want = new Uint8Array(names.length)
  for (const i of [tsCol, nameCol, ...keyCols, ...powerCols]) if (i >= 0) want[i] = 1
  return { width: names.length, tsCol, nameCol, keyCols, powerCols, powerNames, want }
}
