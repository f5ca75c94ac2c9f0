/**
 * Malformed power and energy logs: Zeus, nvidia-smi, DCGM, experiment-impact-tracker.
 */
import type { Case, Outcome } from './corpus-types.js'
import { at, badFile, binaryBytes, truncate, utf16le } from './corpus-types.js'
import { dcgmDmon, impactTrackerJsonl, nvidiaSmiCsv, zeusCsv } from './valid-artifacts.js'

const ZEUS = 'bad/zeus.csv'
const zeusError = (line?: number): Outcome => ({ code: 2, where: at(ZEUS, line) })
const zeusHeader = 'start_time,window_name,elapsed_time,gpu0_energy,gpu1_energy'

const zeus: readonly Case[] = [
  badFile('zeus', 'header-only', 'header only', ZEUS, `${zeusHeader}\n`, zeusError()),
  badFile(
    'zeus',
    'non-numeric-energy',
    'non-numeric',
    ZEUS,
    `${zeusHeader}\n1747215000.25,train,120,abc,36000\n`,
    zeusError(2),
  ),
  badFile(
    'zeus',
    'negative-energy',
    'negative',
    ZEUS,
    `${zeusHeader}\n1747215000.25,train,120,-36000,36000\n`,
    zeusError(2),
  ),
  badFile(
    'zeus',
    'nan-energy',
    'NaN/Infinity',
    ZEUS,
    `${zeusHeader}\n1747215000.25,train,120,NaN,36000\n`,
    zeusError(2),
  ),
  badFile(
    'zeus',
    'negative-elapsed',
    'negative',
    ZEUS,
    `${zeusHeader}\n1747215000.25,train,-120,36000,36000\n`,
    zeusError(2),
  ),
  badFile(
    'zeus',
    'huge-energy',
    'absurd magnitude',
    ZEUS,
    zeusCsv({ joules: [1e308, 1e308] }),
    zeusError(),
    {
      note: '2 × 1e308 J is infinite once summed: the totals must not become null',
    },
  ),
  badFile(
    'zeus',
    'start-time-out-of-range',
    'timestamp unparsable',
    ZEUS,
    `${zeusHeader}\n1e300,train,120,36000,36000\n`,
    zeusError(2),
    { note: 'found by scripts/fuzz.ts: an epoch far outside Date range' },
  ),
  badFile(
    'zeus',
    'huge-elapsed',
    'absurd magnitude',
    ZEUS,
    `${zeusHeader}\n1747215000.25,train,1e308,36000,36000\n`,
    zeusError(2),
  ),
  badFile(
    'zeus',
    '10000-gpus-short-row',
    '10,000 columns',
    ZEUS,
    () =>
      `start_time,window_name,elapsed_time,${Array.from({ length: 10_000 }, (_, i) => `gpu${i}_energy`).join(',')}\n1747215000.25,train,120,36000\n`,
    zeusError(),
    {
      note: 'the 140 KB header is longer than the 64 KiB detection head: "matches no format" is accepted',
    },
  ),
  badFile(
    'zeus',
    'legacy-time-backwards',
    'timestamps out of order',
    ZEUS,
    'Time,Power\n2025-03-01 10:00:02.000000000,100000\n2025-03-01 10:00:01.000000000,100000\n',
    zeusError(3),
  ),
  badFile(
    'zeus',
    'legacy-bad-time',
    'timestamp unparsable',
    ZEUS,
    'Time,Power\n2025-03-01 10:00:00.000000000,100000\nnoon,100000\n',
    zeusError(3),
  ),
]

const NV = 'bad/power.csv'
const nvError = (line?: number): Outcome => ({ code: 2, where: at(NV, line) })
const nvLines = nvidiaSmiCsv({ seconds: 3 }).trimEnd().split('\n')
const nvWith = (line: number, from: string, to: string): string =>
  `${nvLines.map((l, i) => (i === line - 1 ? l.replace(from, to) : l)).join('\n')}\n`

const nvidiaSmi: readonly Case[] = [
  badFile('nvidia-smi', 'header-only', 'header only', NV, `${nvLines[0]!}\n`, nvError()),
  badFile(
    'nvidia-smi',
    'timestamp-backwards',
    'timestamps out of order',
    NV,
    `${[nvLines[0], nvLines[1], nvLines[3], nvLines[2]].join('\n')}\n`,
    nvError(4),
  ),
  badFile(
    'nvidia-smi',
    'bad-timestamp',
    'timestamp unparsable',
    NV,
    nvWith(3, '2025/05/14 09:30:01.000', 'soon'),
    nvError(3),
  ),
  badFile(
    'nvidia-smi',
    'non-numeric-power',
    'non-numeric',
    NV,
    nvWith(3, '300.00 W', 'lots W'),
    nvError(3),
  ),
  badFile(
    'nvidia-smi',
    'negative-power',
    'negative',
    NV,
    nvWith(3, '300.00 W', '-300.00 W'),
    nvError(3),
  ),
  badFile(
    'nvidia-smi',
    'infinite-power',
    'NaN/Infinity',
    NV,
    nvWith(3, '300.00 W', 'inf W'),
    nvError(3),
  ),
  badFile(
    'nvidia-smi',
    'huge-power',
    'absurd magnitude',
    NV,
    nvWith(3, '300.00 W', '1e308 W'),
    nvError(),
  ),
  badFile(
    'nvidia-smi',
    '10000-columns-no-power',
    '10,000 columns',
    NV,
    () =>
      `timestamp, index, ${Array.from({ length: 10_000 }, (_, i) => `field${i} [W]`).join(', ')}\n2025/05/14 09:30:00.000, 0, ${'1, '.repeat(9_999)}1\n`,
    nvError(),
  ),
  badFile(
    'nvidia-smi',
    'dmon-header-only',
    'header only',
    'bad/dmon.txt',
    '# gpu    pwr  gtemp\n# Idx      W      C\n',
    { code: 2, where: at('bad/dmon.txt') },
  ),
  badFile('nvidia-smi', 'utf16', 'wrong encoding', NV, () => utf16le(nvidiaSmiCsv()), nvError()),
]

const DC = 'bad/dmon.txt'
const dcError = (line?: number): Outcome => ({ code: 2, where: at(DC, line) })
const dcLines = dcgmDmon({ polls: 3 }).trimEnd().split('\n')

const dcgm: readonly Case[] = [
  badFile('dcgm', 'header-only', 'header only', DC, `${dcLines[0]!}\n${dcLines[1]!}\n`, dcError()),
  badFile(
    'dcgm',
    'non-numeric',
    'non-numeric',
    DC,
    `${dcLines.slice(0, 3).join('\n')}\nGPU 0     abc             def\n`,
    dcError(4),
  ),
  {
    ...badFile(
      'dcgm',
      'negative-power',
      'negative',
      DC,
      `${dcLines[0]!}\n${dcLines[1]!}\nGPU 0     -300.000        N/A\nGPU 0     -300.000        N/A\n`,
      dcError(3),
    ),
    args: [DC, '--poll-interval', '1s'],
  },
  badFile(
    'dcgm',
    'huge-counter',
    'absurd magnitude',
    DC,
    `${dcLines.slice(0, 3).join('\n')}\nGPU 0     300.000         1e308\n`,
    dcError(),
  ),
  badFile(
    'dcgm',
    'exporter-nan',
    'NaN/Infinity',
    'bad/metrics.prom',
    'DCGM_FI_DEV_POWER_USAGE{gpu="0",modelName="NVIDIA H100"} NaN\nDCGM_FI_DEV_POWER_USAGE{gpu="0",modelName="NVIDIA H100"} NaN\n',
    [
      { code: 2, where: at('bad/metrics.prom') },
      { code: 0, warning: /bad\/metrics\.prom:\d+: .*NaN/ },
    ],
  ),
]

const IT = 'bad/impacttracker/data.json'
const itError = (line?: number): Outcome => ({ code: 2, where: at(IT, line) })
const itLines = impactTrackerJsonl({ samples: 3 }).trimEnd().split('\n')
const itSample = (t: number, extra = ''): string =>
  `{"timestamp": ${t}, "rapl_estimated_attributable_power_draw": 20, "nvidia_estimated_attributable_power_draw": 180${extra}}`

const impactTracker: readonly Case[] = [
  badFile('impact-tracker', 'empty', 'empty', IT, '', itError()),
  badFile('impact-tracker', 'binary', 'binary', IT, () => binaryBytes(4096, 5), itError()),
  badFile(
    'impact-tracker',
    'truncated-line',
    'truncated',
    IT,
    `${itLines[0]!}\n${truncate(itLines[1]!, 0.5)}`,
    [itError(2), { code: 0, warning: /bad\/impacttracker\/data\.json:2/ }],
  ),
  badFile(
    'impact-tracker',
    'timestamp-backwards',
    'timestamps out of order',
    IT,
    `${itSample(1700000010)}\n${itSample(1700000005)}\n`,
    itError(2),
  ),
  badFile(
    'impact-tracker',
    'timestamp-text',
    'timestamp unparsable',
    IT,
    `${itSample(1700000000)}\n{"timestamp": "noon", "nvidia_estimated_attributable_power_draw": 180}\n`,
    itError(2),
  ),
  badFile(
    'impact-tracker',
    'negative-draw',
    'negative',
    IT,
    `${itSample(1700000000)}\n${itSample(1700000005).replace('180', '-180')}\n`,
    itError(2),
  ),
  badFile(
    'impact-tracker',
    'nan-draw',
    'NaN/Infinity',
    IT,
    `${itSample(1700000000)}\n${itSample(1700000005).replace('180', 'NaN')}\n`,
    [itError(2), { code: 0, warning: /bad\/impacttracker\/data\.json:2/ }],
  ),
  badFile(
    'impact-tracker',
    'huge-draw',
    'absurd magnitude',
    IT,
    `${itSample(1700000000).replace('180', '1e308')}\n${itSample(1700000005).replace('180', '1e308')}\n`,
    itError(),
  ),
  badFile(
    'impact-tracker',
    'timestamp-out-of-range',
    'timestamp unparsable',
    IT,
    `${itSample(1e300)}\n${itSample(1e300)}\n`,
    itError(1),
    { note: 'found by scripts/fuzz.ts: an epoch far outside Date range' },
  ),
  badFile(
    'impact-tracker',
    'draw-as-text',
    'non-numeric',
    IT,
    `${itSample(1700000000)}\n${itSample(1700000005).replace('180', '"180"')}\n`,
    itError(2),
  ),
  badFile(
    'impact-tracker',
    'deep-nesting',
    'deeply nested JSON',
    IT,
    () =>
      `${itSample(1700000000)}\n${itSample(1700000005).replace('180', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)}\n`,
    itError(2),
  ),
]

export const POWER_CASES: readonly Case[] = [...zeus, ...nvidiaSmi, ...dcgm, ...impactTracker]
