/**
 * The nvidia-smi --query-gpu fast path (bytes read in place) against the string path (every row
 * decoded and split), on generated logs of 20,000 rows with everything the fast path gives back to
 * the string path: nounits, [N/A] and empty cells, masked or missing keys, reordered columns,
 * extra spaces, CRLF, a BOM, blank and odd rows, re-printed headers, gaps, other timestamp
 * shapes, UTF-8 and invalid bytes, numbers with more digits than a double holds, and errors.
 * Jobs, notices and errors must be the same, whatever the chunk size.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readNvidiaSmi } from '../../src/ingest/formats/nvidia-smi/nvidia-smi.js'
import type { ReadOptions } from '../../src/ingest/types.js'
import { memoryInput } from '../support/memory-input.js'
import { createRandom, describeOutcome, outcomeOf, toBytes, type Outcome } from './support.js'

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

const UNITS =
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
function timestamp(ms: number, random: Random, odd: boolean, utc = true): string {
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

interface LogOptions {
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
  /** The log is read in UTC (so timestamps with an offset agree with the others). */
  readonly utc?: boolean
}

/** A generated --query-gpu log; deterministic for its options. */
function generateLog(o: LogOptions): string {
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
    ms += random.chance(o.odd / 10) ? 90_000 + random.int(86_400_000) : 1000 + random.int(40)
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

async function readBoth(
  text: string,
  options: ReadOptions,
  chunkSize: number,
): Promise<[Outcome, Outcome]> {
  const bytes = toBytes(text)
  const input = memoryInput('logs/power.csv', bytes, { chunkSize })
  return [
    await outcomeOf(readNvidiaSmi(input, options)),
    await outcomeOf(readNvidiaSmi(input, options, { stringPathOnly: true })),
  ]
}

const UTC: ReadOptions = { timezone: 'UTC', maxGapSeconds: 60 }

describe('nvidia-smi fast path = string path', () => {
  /** `outcome`: what the string path must give (so that each case reads what it means to). */
  const cases: {
    name: string
    log: LogOptions
    options?: ReadOptions
    outcome: 'result' | 'error'
  }[] = [
    {
      name: 'clean units log, 8 GPUs',
      log: { seed: 1, layout: 'units', gpus: 8, rows: 20_000, odd: 0 },
      outcome: 'result',
    },
    {
      name: 'units log, 2 % odd rows and cells',
      log: { seed: 2, layout: 'units', gpus: 8, rows: 20_000, odd: 0.02 },
      outcome: 'result',
    },
    {
      name: 'units log, 30 % odd, CRLF, BOM',
      log: { seed: 3, layout: 'units', gpus: 4, rows: 6000, odd: 0.3, crlf: true, bom: true },
      outcome: 'result',
    },
    {
      name: 'nounits, pci.bus_id keys',
      log: { seed: 4, layout: 'nounits', gpus: 2, rows: 6000, odd: 0.05 },
      outcome: 'result',
    },
    {
      name: 'reordered columns with extras',
      log: { seed: 5, layout: 'reordered', gpus: 3, rows: 6000, odd: 0.05 },
      outcome: 'result',
    },
    {
      name: 'no key column (GPUs by position)',
      log: { seed: 6, layout: 'positional', gpus: 4, rows: 6000, odd: 0.05 },
      outcome: 'result',
    },
    {
      name: 'local times in Europe/Paris',
      log: { seed: 7, layout: 'units', gpus: 2, rows: 4000, odd: 0.05, utc: false },
      options: { timezone: 'Europe/Paris', maxGapSeconds: 60 },
      outcome: 'result',
    },
    {
      name: 'time goes backwards (an error)',
      log: { seed: 8, layout: 'units', gpus: 2, rows: 4000, odd: 0, backwardsAt: 700 },
      outcome: 'error',
    },
    {
      name: 'a power cell that is not a number (an error)',
      log: { seed: 9, layout: 'units', gpus: 8, rows: 20_000, odd: 0.3, errors: true },
      outcome: 'error',
    },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      const text = generateLog(c.log)
      // Chunks of 7 bytes (lines across chunks) on the first 1,000 rows; then larger ones, up to
      // chunks that hold several of the index's 1 MiB windows.
      const head = text.split('\n').slice(0, 1000).join('\n')
      for (const [part, chunkSize] of [
        [head, 7],
        [text, 4096],
        [text, 1 << 20],
        [text, 3 << 20],
      ] as const) {
        const [fast, slow] = await readBoth(part, c.options ?? UTC, chunkSize)
        assert.deepEqual(
          fast,
          slow,
          `chunk ${chunkSize}: ${describeOutcome(fast)} vs ${describeOutcome(slow)}`,
        )
        if (part === text) assert.ok(c.outcome in slow, describeOutcome(slow))
      }
    })
  }

  it('reads the clean log to the energy summed here', async () => {
    // 2 GPUs at 300 W and 100 W, polls exactly 1 s apart for 1,000 s: (300 + 100) W × 999 s.
    const lines = [UNITS]
    for (let s = 0; s < 1000; s++) {
      const ts = timestamp(Date.UTC(2025, 0, 1) + s * 1000, createRandom(0), false)
      lines.push(`${ts}, 0, A100, GPU-a, 300.00 W, 300.00 W, 1.00 W, 400.00 W`)
      lines.push(`${ts}, 1, A100, GPU-b, 100.00 W, 100.00 W, 1.00 W, 400.00 W`)
    }
    const [fast, slow] = await readBoth(lines.join('\n'), UTC, 1 << 20)
    assert.deepEqual(fast, slow)
    assert.ok('result' in fast)
    assert.equal(fast.result.jobs[0]!.itEnergyKWh, (400 * 999) / 3.6e6)
  })

  it('gives the same errors, naming the same line', async () => {
    const head = `${UNITS}\n2025/01/01 00:00:00.000, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W\n`
    const bad = [
      '2025/01/01 00:00:01.000, 0, A100, GPU-a, -5.00 W, [N/A], 1 W, 1 W',
      '2025/01/01 00:00:01.000, 0, A100, GPU-a, abc, [N/A], 1 W, 1 W',
      '2025/01/01 00:00:01.000, 0, A100, GPU-a, [N/A], 1e400 W, 1 W, 1 W',
      '2025/13/01 00:00:01.000, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W',
      'yesterday, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W',
      '2024/12/31 23:59:59.000, 0, A100, GPU-a, 1 W, 1 W, 1 W, 1 W',
    ]
    for (const row of bad) {
      const [fast, slow] = await readBoth(`${head}${row}\n`, UTC, 7)
      assert.ok('error' in slow, `${row}: the string path should fail`)
      assert.deepEqual(fast, slow, row)
      assert.equal(slow.error.lineNo, 3)
    }
  })
})
