/**
 * Malformed CodeCarbon and Eco2AI files (CSV with a header of named columns).
 */
import type { Case, Outcome } from './corpus-types.js'
import { at, badFile, binaryBytes, latin1, setCell, truncate, utf16le } from './corpus-types.js'
import {
  CODECARBON_HEADER,
  ECO2AI_HEADER,
  codecarbonCsv,
  codecarbonRow,
  eco2aiCsv,
} from './valid-artifacts.js'

const CC = 'bad/emissions.csv'
const cc = (name: string, value: string): string =>
  `${CODECARBON_HEADER}\n${setCell(CODECARBON_HEADER, codecarbonRow(), name, value)}\n`
const ccError = (line?: number): Outcome => ({ code: 2, where: at(CC, line) })

const codecarbon: readonly Case[] = [
  badFile('codecarbon', 'empty', 'empty', CC, '', ccError()),
  badFile('codecarbon', 'blank-lines', 'empty', CC, '\n\r\n   \n', ccError()),
  badFile('codecarbon', 'header-only', 'header only', CC, `${CODECARBON_HEADER}\n`, ccError()),
  badFile('codecarbon', 'binary', 'binary', CC, () => binaryBytes(4096, 1), ccError()),
  badFile(
    'codecarbon',
    'truncated-row',
    'truncated',
    CC,
    truncate(codecarbonCsv(), 0.7),
    ccError(2),
  ),
  badFile(
    'codecarbon',
    'truncated-after-good-row',
    'truncated',
    CC,
    `${CODECARBON_HEADER}\n${codecarbonRow()}\n${truncate(codecarbonRow({ run: 'r2' }), 0.5)}`,
    { code: 0, warning: /bad\/emissions\.csv:3: row has \d+ fields/ },
    { note: 'contract §3: a row whose field count differs is skipped with a warning' },
  ),
  badFile('codecarbon', 'utf16', 'wrong encoding', CC, () => utf16le(codecarbonCsv()), ccError()),
  badFile(
    'codecarbon',
    'latin1-project',
    'wrong encoding',
    CC,
    () => latin1(codecarbonCsv({ project: 'modèle-été' })),
    { code: 0 },
    { note: 'a name in Latin-1 is not a figure: read, with U+FFFD in the name' },
  ),
  badFile(
    'codecarbon',
    'non-numeric-energy',
    'non-numeric',
    CC,
    cc('energy_consumed', 'abc'),
    ccError(2),
  ),
  badFile(
    'codecarbon',
    'negative-energy',
    'negative',
    CC,
    cc('energy_consumed', '-0.5'),
    ccError(2),
  ),
  badFile('codecarbon', 'negative-duration', 'negative', CC, cc('duration', '-3600'), ccError(2)),
  badFile('codecarbon', 'nan-energy', 'NaN/Infinity', CC, cc('energy_consumed', 'NaN'), ccError(2)),
  badFile('codecarbon', 'inf-energy', 'NaN/Infinity', CC, cc('energy_consumed', 'inf'), ccError(2)),
  badFile(
    'codecarbon',
    'huge-energy',
    'absurd magnitude',
    CC,
    cc('energy_consumed', '1e308'),
    ccError(2),
    {
      note: '1e308 kWh is not a training run: an error, not a pass with an infinite total',
    },
  ),
  badFile(
    'codecarbon',
    'huge-duration',
    'absurd magnitude',
    CC,
    cc('duration', '1e308'),
    ccError(2),
    {
      note: 'found by scripts/fuzz.ts: the start time (timestamp − duration) is out of Date range',
    },
  ),
  badFile(
    'codecarbon',
    'bad-timestamp',
    'timestamp unparsable',
    CC,
    cc('timestamp', 'yesterday'),
    ccError(2),
  ),
  badFile(
    'codecarbon',
    'timestamp-backwards',
    'timestamps out of order',
    CC,
    [
      CODECARBON_HEADER,
      codecarbonRow({ ts: '2024-05-14T12:00:00', seconds: 600, kwh: 0.1 }),
      codecarbonRow({ ts: '2024-05-14T09:00:00', seconds: 1200, kwh: 0.2 }),
      '',
    ].join('\n'),
    ccError(3),
  ),
  badFile(
    'codecarbon',
    'energy-backwards',
    'duplicate runs',
    CC,
    [
      CODECARBON_HEADER,
      codecarbonRow({ kwh: 0.5, seconds: 600 }),
      codecarbonRow({ kwh: 0.2, seconds: 1200 }),
      '',
    ].join('\n'),
    ccError(3),
    { note: 'two runs sharing one run_id: flushes of one run cannot lose energy' },
  ),
  badFile(
    'codecarbon',
    'duplicate-rows',
    'duplicate runs',
    CC,
    [
      CODECARBON_HEADER,
      codecarbonRow({ kwh: 0.5 }),
      codecarbonRow({ kwh: 0.5 }),
      codecarbonRow({ kwh: 0.5 }),
      '',
    ].join('\n'),
    { code: 0 },
    {
      verify: (r) => {
        const jobs = r.jobs.filter((j) => j.source.path === CC)
        const kwh = jobs.reduce((s, j) => s + j.itEnergyKWh, 0)
        return Math.abs(kwh - 0.5) < 1e-9
          ? undefined
          : `a repeated flush was counted again: ${kwh} kWh, want 0.5`
      },
      note: 'repeated flush rows of one run are counted once',
    },
  ),
  badFile(
    'codecarbon',
    'extra-field',
    'truncated',
    CC,
    `${CODECARBON_HEADER}\n${codecarbonRow()}\n${codecarbonRow({ run: 'r2', project: 'a,b' })}\n`,
    { code: 0, warning: /bad\/emissions\.csv:3: row has \d+ fields/ },
  ),
  badFile(
    'codecarbon',
    '10000-columns-short-row',
    '10,000 columns',
    CC,
    () => {
      const extra = Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(',')
      return `${CODECARBON_HEADER},${extra}\n${codecarbonRow()}\n`
    },
    ccError(2),
  ),
  badFile(
    'codecarbon',
    '10000-columns-valid',
    '10,000 columns',
    CC,
    () => {
      const n = 10_000
      const header = `${CODECARBON_HEADER},${Array.from({ length: n }, (_, i) => `x${i}`).join(',')}`
      return `${header}\n${codecarbonRow()},${'1,'.repeat(n - 1)}1\n`
    },
    { code: 0 },
    { note: 'a wide but well-formed file is read; the columns it does not know are ignored' },
  ),
  badFile(
    'codecarbon',
    '100mb-line',
    'one 100 MB line',
    CC,
    () => `${CODECARBON_HEADER}\n${codecarbonRow({ project: 'p'.repeat(100 * 1024 * 1024) })}\n`,
    [ccError(2), { code: 0, warning: /bad\/emissions\.csv:2/ }],
    {
      timeoutMs: 90_000,
      note: 'no tracker writes a 100 MB line: an error, or a warning naming it',
    },
  ),
  badFile(
    'codecarbon',
    'no-energy-column',
    'unknown keys',
    CC,
    'timestamp,project_name,duration,emissions\n2024-05-14T10:00:00,p,10,0.1\n',
    ccError(),
  ),
]

const ECO = 'bad/emission.csv'
const ecoRow = eco2aiCsv().split('\n')[1]!
const eco = (name: string, value: string): string =>
  `${ECO2AI_HEADER}\n${setCell(ECO2AI_HEADER, ecoRow.replace(/"[^"]*"/, 'Xeon'), name, value)}\n`
const ecoError = (line?: number): Outcome => ({ code: 2, where: at(ECO, line) })

const eco2ai: readonly Case[] = [
  badFile('eco2ai', 'header-only', 'header only', ECO, `${ECO2AI_HEADER}\n`, ecoError()),
  badFile(
    'eco2ai',
    'binary-after-header',
    'binary',
    ECO,
    () => {
      const bytes = binaryBytes(2048, 2)
      const head = new TextEncoder().encode(`${ECO2AI_HEADER}\n`)
      const out = new Uint8Array(head.length + bytes.length)
      out.set(head)
      out.set(bytes, head.length)
      return out
    },
    ecoError(),
  ),
  badFile(
    'eco2ai',
    'non-numeric-energy',
    'non-numeric',
    ECO,
    eco('power_consumption(kWh)', 'lots'),
    ecoError(2),
  ),
  badFile(
    'eco2ai',
    'negative-energy',
    'negative',
    ECO,
    eco('power_consumption(kWh)', '-0.7'),
    ecoError(2),
  ),
  badFile(
    'eco2ai',
    'infinite-energy',
    'NaN/Infinity',
    ECO,
    eco('power_consumption(kWh)', 'inf'),
    ecoError(2),
  ),
  badFile(
    'eco2ai',
    'huge-energy',
    'absurd magnitude',
    ECO,
    eco('power_consumption(kWh)', '1e308'),
    ecoError(2),
  ),
  badFile(
    'eco2ai',
    'huge-duration',
    'absurd magnitude',
    ECO,
    eco('duration(s)', '1e308'),
    ecoError(2),
  ),
  badFile(
    'eco2ai',
    'bad-start-time',
    'timestamp unparsable',
    ECO,
    eco('start_time', '15/04/2025 1pm'),
    ecoError(2),
  ),
  badFile('eco2ai', 'truncated', 'truncated', ECO, truncate(eco2aiCsv(), 0.6), [
    ecoError(2),
    { code: 0, warning: /bad\/emission\.csv:2/ },
  ]),
]

export const CSV_CASES: readonly Case[] = [...codecarbon, ...eco2ai]
