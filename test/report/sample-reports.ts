/**
 * Hand-built reports for the renderers' unit tests (the golden files come from the pipeline:
 * golden-samples.ts). Figures follow the contract's lifecycle model, computed by hand (embodied rates: server 2500 / (6 × 8760 × 0.85) =
 * 0.0559585 kg/h, GPU 150 / 44,676 = 0.0033575 kg/h).
 */
import type { Assumption, JobEstimate, Report } from '../../src/core/types.js'
import { computeEquivalents } from '../../src/model/equivalents.js'
import { computeReferences } from '../../src/model/references.js'
import { sumTotals } from '../../src/model/totals.js'

const SERVER_RATE = 2500 / (6 * 8760 * 0.85)
const GPU_RATE = 150 / (6 * 8760 * 0.85)

const EMBODIED_ASSUMPTIONS: readonly Assumption[] = [
  {
    name: 'GPU embodied',
    value: 150,
    unit: 'kg CO2e per GPU',
    source: 'Luccioni et al. 2022 §4.1',
  },
  {
    name: 'server embodied',
    value: 2500,
    unit: 'kg CO2e per server',
    source: 'Luccioni et al. 2022 §4.1',
  },
  { name: 'hardware lifetime', value: 6, unit: 'years', source: 'Luccioni et al. 2022 §4.1' },
  { name: 'hardware utilization', value: 0.85, unit: '', source: 'Luccioni et al. 2022 §4.1' },
]

// BLOOM 176B training as the contract's generic job: 50,532 kg.
const BLOOM_JOB: JobEstimate = {
  id: 'job-1',
  name: 'bloom-176b-training',
  source: { path: 'runs/bloom.carbon.json', format: 'generic' },
  startedAt: '2022-03-11T00:00:00Z',
  durationHours: 1_082_990 / 384,
  gpuCount: 384,
  gpuModel: 'A100 80GB',
  region: 'FRA',
  intensityGPerKWh: 57,
  intensitySource: 'artifact',
  intensityNote: 'the artifact’s own figure',
  pue: 1,
  overheadMode: 'idle',
  itEnergyKWh: 433_196,
  overheadKWh: 256_646,
  operationalKg: (433_196 + 256_646) * 0.057, // 39,320.994
  embodiedKg: (1_082_990 / 8) * SERVER_RATE + 1_082_990 * GPU_RATE, // 11,211.45
  totalKg: (433_196 + 256_646) * 0.057 + (1_082_990 / 8) * SERVER_RATE + 1_082_990 * GPU_RATE,
}

const bloomTotals = sumTotals([BLOOM_JOB])
export const BLOOM_REPORT: Report = {
  schemaVersion: 1,
  verdict: 'pass',
  totals: bloomTotals,
  jobs: [BLOOM_JOB],
  budgets: [
    {
      kind: 'run',
      limit: 60_000,
      actual: bloomTotals.totalKg,
      unit: 'kg',
      exceeded: false,
      action: 'fail',
    },
    {
      kind: 'monthly',
      limit: 200_000,
      actual: 101_064.89,
      unit: 'kg',
      exceeded: false,
      action: 'fail',
    },
  ],
  baseline: {
    totalKg: 50_100,
    deltaKg: bloomTotals.totalKg - 50_100,
    deltaPercent: ((bloomTotals.totalKg - 50_100) / 50_100) * 100,
    sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  },
  equivalents: computeEquivalents(bloomTotals.totalKg),
  references: computeReferences(bloomTotals.totalKg),
  assumptions: [
    {
      name: 'grid intensity (FRA)',
      value: 57,
      unit: 'g CO2e/kWh',
      source: 'artifact: the artifact’s own figure',
    },
    {
      name: 'facility overhead',
      value: 'idle',
      unit: '',
      source: 'measured idle energy (256,646 kWh)',
    },
    ...EMBODIED_ASSUMPTIONS,
  ],
  warnings: [],
  errors: [],
}

// Three jobs of three formats; 21.0 kg against a 15 kg budget, +20 % against a 17.5 kg baseline.
const MIXED_JOBS: readonly JobEstimate[] = [
  {
    id: 'job-1',
    name: 'train-resnet50',
    source: { path: 'runs/resnet/emissions.csv', format: 'codecarbon', line: 12 },
    durationHours: 3.5,
    gpuCount: 4,
    gpuModel: 'NVIDIA A100-SXM4-40GB',
    region: 'FRA',
    intensityGPerKWh: 56,
    intensitySource: 'dataset',
    intensityNote: 'Ember/OWID 2023 (FRA)',
    pue: 1.12,
    overheadMode: 'pue',
    itEnergyKWh: 18.4,
    overheadKWh: 18.4 * 0.12,
    operationalKg: (18.4 * 1.12 * 56) / 1000, // 1.154048
    embodiedKg: 3.5 * (4 * GPU_RATE + 0.5 * SERVER_RATE), // 0.144932
    totalKg: (18.4 * 1.12 * 56) / 1000 + 3.5 * (4 * GPU_RATE + 0.5 * SERVER_RATE),
  },
  {
    id: 'job-2',
    name: 'finetune-llm',
    source: { path: 'logs/zeus/finetune.csv', format: 'zeus' },
    durationHours: 6,
    gpuCount: 8,
    gpuModel: 'H100 80GB HBM3',
    region: 'gcp:us-central1',
    intensityGPerKWh: 413,
    intensitySource: 'region',
    intensityNote: 'Google Cloud region data 2023 (gcp:us-central1)',
    pue: 1.1,
    overheadMode: 'pue',
    itEnergyKWh: 42,
    overheadKWh: 4.2,
    operationalKg: (46.2 * 413) / 1000, // 19.0806
    embodiedKg: 6 * (8 * GPU_RATE + SERVER_RATE), // 0.496911
    totalKg: (46.2 * 413) / 1000 + 6 * (8 * GPU_RATE + SERVER_RATE),
  },
  {
    id: 'job-3',
    name: 'eval-sweep',
    source: { path: 'logs/gpu-power.csv', format: 'nvidia-smi' },
    durationHours: 2,
    gpuCount: 1,
    gpuModel: 'Tesla T4',
    intensityGPerKWh: 475,
    intensitySource: 'default',
    intensityNote: 'world average (Ember 2023)',
    pue: 1.56,
    overheadMode: 'pue',
    itEnergyKWh: 0.14,
    overheadKWh: 0.14 * 0.56,
    operationalKg: (0.14 * 1.56 * 475) / 1000, // 0.10374
    embodiedKg: 2 * (GPU_RATE + SERVER_RATE / 8), // 0.020705
    totalKg: (0.14 * 1.56 * 475) / 1000 + 2 * (GPU_RATE + SERVER_RATE / 8),
  },
]

const mixedTotals = sumTotals(MIXED_JOBS) // 21.0009 kg
const mixedDeltaPercent = ((mixedTotals.totalKg - 17.5) / 17.5) * 100 // +20.0 %
export const MIXED_REPORT: Report = {
  schemaVersion: 1,
  verdict: 'fail',
  totals: mixedTotals,
  jobs: MIXED_JOBS,
  budgets: [
    {
      kind: 'run',
      limit: 15,
      actual: mixedTotals.totalKg,
      unit: 'kg',
      exceeded: true,
      action: 'fail',
    },
    {
      kind: 'increase',
      limit: 10,
      actual: mixedDeltaPercent,
      unit: '%',
      exceeded: true,
      action: 'warn',
    },
  ],
  baseline: {
    totalKg: 17.5,
    deltaKg: mixedTotals.totalKg - 17.5,
    deltaPercent: mixedDeltaPercent,
    sha: '0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef',
  },
  equivalents: computeEquivalents(mixedTotals.totalKg),
  references: computeReferences(mixedTotals.totalKg),
  assumptions: [
    {
      name: 'grid intensity (FRA)',
      value: 56,
      unit: 'g CO2e/kWh',
      source: 'dataset: Ember/OWID 2023 (FRA)',
    },
    { name: 'PUE', value: 1.12, unit: '', source: 'Green Algorithms v3.0 (gcp)' },
    ...EMBODIED_ASSUMPTIONS,
  ],
  warnings: [
    'runs/resnet/emissions.csv:7: row has 12 fields, the header has 13: skipped',
    'logs/gpu-power.csv: 2 gaps longer than 60 s were not bridged',
  ],
  errors: [],
}

export const MIXED_HISTORY = [
  { sha: '1111111aaaaaaa', date: '2026-10-01T10:00:00Z', totalKg: 15.2 },
  { sha: '2222222bbbbbbb', date: '2026-10-05T10:00:00Z', totalKg: 16.8 },
  { sha: '3333333ccccccc', date: '2026-10-09T10:00:00Z', totalKg: 17.1 },
  { sha: '0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef', date: '2026-10-12T10:00:00Z', totalKg: 17.5 },
] as const

// A CPU-only test run, the first one carbon-gate sees: 12.3 g, no budget, no baseline.
const UNIT_TEST_JOB: JobEstimate = {
  id: 'job-1',
  name: 'unit-tests',
  source: { path: 'emissions.csv', format: 'codecarbon', line: 2 },
  durationHours: 0.25,
  gpuCount: 0,
  cpuThreads: 4,
  region: 'DEU',
  intensityGPerKWh: 381,
  intensitySource: 'dataset',
  intensityNote: 'Ember/OWID 2023 (DEU)',
  pue: 1.56,
  overheadMode: 'pue',
  itEnergyKWh: 0.02,
  overheadKWh: 0.02 * 0.56,
  operationalKg: (0.02 * 1.56 * 381) / 1000, // 0.0118872
  embodiedKg: 0.25 * (4 / 128) * SERVER_RATE, // 0.000437
  totalKg: (0.02 * 1.56 * 381) / 1000 + 0.25 * (4 / 128) * SERVER_RATE, // 0.0123244
}

const firstTotals = sumTotals([UNIT_TEST_JOB])
export const FIRST_RUN_REPORT: Report = {
  schemaVersion: 1,
  verdict: 'pass',
  totals: firstTotals,
  jobs: [UNIT_TEST_JOB],
  budgets: [],
  baseline: null,
  equivalents: computeEquivalents(firstTotals.totalKg),
  references: computeReferences(firstTotals.totalKg),
  assumptions: [
    {
      name: 'grid intensity (DEU)',
      value: 381,
      unit: 'g CO2e/kWh',
      source: 'dataset: Ember/OWID 2023 (DEU)',
    },
    { name: 'PUE', value: 1.56, unit: '', source: 'Green Algorithms v3.0 (unknown provider)' },
  ],
  warnings: [],
  errors: [],
}

/** Text an attacker controls in an artifact: each must come out inert. */
export const HOSTILE_STRINGS: readonly string[] = [
  '@octocat please review',
  'cc @github/security-team',
  '![x](http://evil.example/x.png)',
  '[click me](https://evil.example/phish)',
  '<img src=x onerror=alert(1)>',
  '<!-- carbon-gate:main -->',
  'a|b',
  'line one\nline two\r\n| --- |',
  '`code` and **bold** and _it_',
  'see #123 and GH-45',
  'https://evil.example and www.evil.example',
  '<https://evil.example>',
  'mail someone@example.com',
  '<details><summary>x</summary>',
  '\u001b[31mred\u001b[0m',
  '\u202eevil reversed',
  '$x^2$',
  '- looks like a list',
  '1. looks ordered',
  '# looks like a heading',
  '> looks like a quote',
  '&lt;script&gt;',
  '[^1]: fake footnote',
  'x'.repeat(500),
]

const HOSTILE_NAME =
  '@octocat ![x](http://evil) <img src=x> <!-- carbon-gate:main --> a|b\nsecond line'
const HOSTILE_JOBS: readonly JobEstimate[] = [
  {
    ...UNIT_TEST_JOB,
    id: 'job-1',
    name: HOSTILE_NAME,
    gpuCount: 1,
    gpuModel: '<img src=x> @octocat',
    source: { path: '[x](http://evil)/emissions.csv', format: 'codecarbon', line: 3 },
    intensityNote: '<!-- carbon-gate:main -->',
  },
  {
    ...UNIT_TEST_JOB,
    id: 'job-2',
    name: '<!-- carbon-gate:main -->',
    source: { path: 'a|b\n<script>alert(1)</script>.csv', format: 'codecarbon' },
  },
]

const hostileTotals = sumTotals(HOSTILE_JOBS)
export const HOSTILE_REPORT: Report = {
  schemaVersion: 1,
  verdict: 'fail',
  totals: hostileTotals,
  jobs: HOSTILE_JOBS,
  budgets: [
    {
      kind: 'run',
      limit: 0.02,
      actual: hostileTotals.totalKg,
      unit: 'kg',
      exceeded: true,
      action: 'warn',
    },
  ],
  baseline: null,
  equivalents: computeEquivalents(hostileTotals.totalKg),
  references: computeReferences(hostileTotals.totalKg),
  assumptions: [
    { name: 'hardware of @octocat', value: '<img src=x>', unit: '', source: '[x](http://evil)' },
  ],
  warnings: [...HOSTILE_STRINGS],
  errors: ['emissions.csv:4: @octocat <img src=x> <!-- carbon-gate:main --> is not a number'],
}

/**
 * A report of `count` jobs of 1 kWh at 100 g/kWh and PUE 1.5 (150 g operational, 10 g embodied):
 * 0.16 kg each. With `hostile`, names, models and paths are long hostile strings, and every job
 * adds a warning.
 */
export function makeManyJobsReport(count: number, hostile = false): Report {
  const jobs: JobEstimate[] = []
  for (let i = 0; i < count; i++) {
    const tag = HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!
    jobs.push({
      id: `job-${i + 1}`,
      name: hostile
        ? `${tag} ${'<&>'.repeat(60)} job ${i + 1}`
        : `sweep-${String(i + 1).padStart(5, '0')}`,
      source: {
        path: hostile
          ? `${'[x](http://e)/'.repeat(10)}emissions_${i}.csv`
          : `runs/sweep/${i}/emissions.csv`,
        format: 'codecarbon',
        line: 2,
      },
      durationHours: 1,
      gpuCount: 1,
      gpuModel: hostile ? '<img src=x>'.repeat(10) : 'NVIDIA A10G',
      intensityGPerKWh: 100,
      intensitySource: 'input',
      intensityNote: hostile ? '@octocat '.repeat(30) : 'input intensity',
      pue: 1.5,
      overheadMode: 'pue',
      itEnergyKWh: 1,
      overheadKWh: 0.5,
      operationalKg: 0.15,
      embodiedKg: 0.01,
      totalKg: 0.16,
    })
  }
  const totals = sumTotals(jobs)
  return {
    schemaVersion: 1,
    verdict: 'fail',
    totals,
    jobs,
    budgets: [
      {
        kind: 'run',
        limit: 10,
        actual: totals.totalKg,
        unit: 'kg',
        exceeded: totals.totalKg > 10,
        action: 'fail',
      },
    ],
    baseline: null,
    equivalents: computeEquivalents(totals.totalKg),
    references: computeReferences(totals.totalKg),
    assumptions: jobs.slice(0, 300).map((j) => ({
      name: `hardware of ${j.name}`,
      value: 'NVIDIA A10G',
      unit: '',
      source: 'assumed: the artifact does not say',
    })),
    warnings: hostile ? jobs.map((j) => `${j.source.path}: ${j.name}`) : [],
    errors: [],
  }
}
