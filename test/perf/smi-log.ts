/**
 * Generated nvidia-smi --query-gpu logs for the fast-path and pieces tests: clean, or with
 * everything the fast path gives back to the string path (odd cells and rows, re-printed headers,
 * gaps, other timestamp shapes, errors). Deterministic for their options.
 */
import { createRandom } from './support.js'

type Random = ReturnType<typeof createRandom>

interface Layout {
  readonly header: string
  /** The cells of one row, in the header's order. */
  readonly cells: (v: RowValues) => string[]
}

interface RowValues {
  readonly ts: string
  readonly index: number
  readonly name: string
  readonly uuid: string
  readonly draw: string
  readonly average: string
  readonly instant: string
}

export const UNITS =
  'timestamp, index, name, uuid, power.draw [W], power.draw.average [W], power.draw.instant [W], power.limit [W]'
const LAYOUTS: Record<string, Layout> = {
  units: {
    header: UNITS,
    cells: (v) => [v.ts, `${v.index}`, v.name, v.uuid, v.draw, v.average, v.instant, '700.00 W'],
  },
  nounits: {
    header: 'timestamp, name, pci.bus_id, power.draw [W]',
    cells: (v) => [v.ts, v.name, `00000000:${10 + v.index}:00.0`, v.draw.replace(/ ?W$/, '')],
  },
  reordered: {
    header:
      'index, power.draw.average [W], name, utilization.gpu [%], timestamp, uuid, power.draw [W]',
    cells: (v) => [`${v.index}`, v.average, v.name, `${v.index * 7} %`, v.ts, v.uuid, v.draw],
  },
  positional: {
    header: 'timestamp, name, power.draw [W]',
    cells: (v) => [v.ts, v.name, v.draw],
  },
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/**
 * A timestamp, mostly as nvidia-smi writes it, sometimes in another shape the reader takes
 * (with `utc`, also one with an offset, which is right only when the log is read in UTC).
 */
export function timestamp(ms: number, random: Random, odd: boolean, utc = true): string {
  const d = new Date(ms)
  const date = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())]
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  const millis = pad(d.getUTCMilliseconds(), 3)
  if (!odd) return `${date.join('/')} ${time}.${millis}`
  return random.pick([
    `${date.join('-')}T${time}.${millis}`,
    `${date.join('-')} ${time}`,
    `${date.join('/')} ${time}.${millis}000`,
    `${date.join('/')} ${time}.${millis.slice(0, 1)}`,
    utc ? `${date.join('-')}T${time}.${millis}Z` : `${date.join('-')} ${time}`,
    `${date.join('/')} ${time}.${millis} `,
  ])
}

/** A power cell with unit: mostly `631.95 W`, sometimes something the fast path gives back. */
function powerCell(watts: number, random: Random, odd: boolean, errors: boolean): string {
  const plain = `${watts.toFixed(2)} W`
  if (!odd) return plain
  if (errors && random.chance(0.01)) {
    return random.pick(['abc', `${watts.toFixed(2)} W W`, '-3 W', `${watts.toFixed(2)} kW`, '5 V'])
  }
  return random.pick([
    '[N/A]',
    '',
    `${watts.toFixed(2)}W`,
    `${Math.round(watts)} W`,
    `${watts} W`, // many digits: more than a double holds exactly, for some values
    `  ${watts.toFixed(1)}   W  `,
    '[Not Supported]',
    'N/A',
    `+${watts.toFixed(2)} W`,
    `.${Math.round(watts)} W`,
    `${watts.toExponential(3)} W`,
    watts.toFixed(2),
  ])
}

export interface LogOptions {
  readonly seed: number
  readonly layout: keyof typeof LAYOUTS
  readonly gpus: number
  readonly rows: number
  /** Probability that a row or cell is made odd. */
  readonly odd: number
  readonly crlf?: boolean
  readonly bom?: boolean
  /** A GPU's time goes back at this poll (an error). */
  readonly backwardsAt?: number
  /** Now and then a power cell that is not a number (an error). */
  readonly errors?: boolean
  /** Probability that a poll comes after a gap (default: odd / 10). */
  readonly gaps?: number
  /** The log is read in UTC (so timestamps with an offset agree with the others). */
  readonly utc?: boolean
}

/** A generated --query-gpu log; deterministic for its options. */
export function generateLog(o: LogOptions): string {
  const random = createRandom(o.seed)
  const layout = LAYOUTS[o.layout]!
  const eol = (): string => (o.crlf === true || random.chance(o.odd / 4) ? '\r\n' : '\n')
  let text = (o.bom === true ? '\ufeff' : '') + layout.header + eol()
  let ms = Date.UTC(2025, 5, 1, 23, 59, 30)
  let rows = 0
  let poll = 0
  const uuid = (g: number): string => `GPU-${pad(g, 8)}-1111-2222-3333-44444444444${g % 10}`
  while (rows < o.rows) {
    poll++
    ms += random.chance(o.gaps ?? o.odd / 10)
      ? 90_000 + random.int(86_400_000)
      : 1000 + random.int(40)
    if (o.backwardsAt === poll) ms -= 5000
    const ts = timestamp(ms, random, random.chance(o.odd), o.utc !== false)
    if (random.chance(o.odd / 5)) text += (random.chance(0.5) ? '' : '   ') + eol()
    if (random.chance(o.odd / 20)) text += layout.header + eol()
    for (let g = 0; g < o.gpus; g++, rows++) {
      const odd = random.chance(o.odd)
      const watts = 250 + random.int(40_000) / 100
      const name = odd
        ? random.pick(['NVIDIA H100 80GB HBM3', '[N/A]', 'NVIDIA Tésla V100', 'Bad\u0000Name', ''])
        : 'NVIDIA H100 80GB HBM3'
      const cells = layout.cells({
        ts,
        index: g,
        name,
        uuid: odd
          ? random.pick([
              uuid(g),
              'GPU-00000000-0000-0000-0000-000000000000',
              '[N/A]',
              'N/A',
              '',
              uuid(g + 1),
            ])
          : uuid(g),
        draw: powerCell(watts, random, random.chance(o.odd), o.errors === true),
        average: powerCell(watts + 0.5, random, random.chance(o.odd), o.errors === true),
        instant: powerCell(watts - 0.5, random, random.chance(o.odd), o.errors === true),
      })
      if (random.chance(o.odd / 10)) cells.push('extra')
      if (random.chance(o.odd / 10)) cells.pop()
      const sep = random.chance(o.odd / 3) ? random.pick([',', ' ,  ', ',\t']) : ', '
      text += cells.join(sep) + eol()
    }
  }
  return random.chance(0.5) ? text.trimEnd() : text
}
