/**
 * The golden samples: tracker artifacts run through the whole pipeline (read → gate → render), so
 * that a change to a reader, the model or a renderer shows as a diff of test/golden/. Each sample
 * says where its artifacts come from; test/golden/README.md lists the same.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resolveConfig } from '../../src/config/resolve-config.js'
import type { Config } from '../../src/config/types.js'
import { type CommentKey, asCommentKey } from '../../src/core/comment-key.js'
import {
  type BaseJob,
  type CommitPair,
  type Comparison,
  listJobChanges,
} from '../../src/report/comment-input.js'
import { jobIdentity } from '../../src/run/job-identity.js'
import { type GateRun, type RunHistory, runGate } from '../../src/run/run-gate.js'
import { readMemoryFiles } from '../run/read-memory.js'

const ROOT = join(import.meta.dirname, '../..')
const example = (path: string): string => readFileSync(join(ROOT, 'examples', path), 'utf8')

export interface GoldenSample {
  readonly id: string
  /** Where the artifacts come from. */
  readonly origin: string
  /** Artifacts by the path the report shows, with their text. */
  readonly files: Readonly<Record<string, string>>
  /** Settings as the action's inputs would give them. */
  readonly inputs: Readonly<Record<string, string>>
  /** What the ledger would say of earlier runs; none on a first run. */
  readonly history?: RunHistory
  /** What the ledger's base record would say beside its total: the commits, the base's jobs. */
  readonly base?: {
    readonly commits: CommitPair
    readonly itEnergyKWh: number
    readonly jobs: readonly BaseJob[]
  }
  readonly key: CommentKey
}

const MAIN = asCommentKey('main')

/** A CodeCarbon row whose field count differs from the header: skipped with a warning. */
const SHORT_ROW = '2024-05-31T10:40:00,mistral-7b-qlora\n'

const CODECARBON_HEADER = 'timestamp,project_name,run_id,duration,emissions,energy_consumed'

const HOSTILE_NAME =
  '@octocat ![x](http://evil) <img src=x> <!-- carbon-gate:main --> a|b\nsecond line'

export const GOLDEN_SAMPLES: readonly GoldenSample[] = [
  {
    id: 'bloom',
    origin:
      'examples/generic/bloom-176b-training.carbon.json (the contract §2 anchor: BLOOM as a generic job); a 60 t run budget and a 200 t monthly budget, a ledger baseline of 50.1 t and 50.5 t recorded earlier this month',
    files: { 'runs/bloom.carbon.json': example('generic/bloom-176b-training.carbon.json') },
    inputs: { budget: '60t', 'monthly-budget': '200t' },
    history: {
      baseline: { totalKg: 50_100, sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' },
      monthBeforeKg: 50_532,
      points: [],
      warnings: [],
    },
    key: MAIN,
  },
  {
    id: 'mixed',
    origin:
      'examples/codecarbon/v3.2-gpu-finetune/emissions.csv (with one short row appended), examples/zeus/zeus-monitor-log.csv and examples/nvidia-smi/a100x8-training-power.csv: three formats in one report, over a 1 kg budget and +20 % over a 0.95 kg baseline, with four earlier runs charted',
    files: {
      'runs/finetune/emissions.csv':
        example('codecarbon/v3.2-gpu-finetune/emissions.csv') + SHORT_ROW,
      'logs/zeus/zeus-monitor-log.csv': example('zeus/zeus-monitor-log.csv'),
      'logs/gpu-power.csv': example('nvidia-smi/a100x8-training-power.csv'),
    },
    inputs: { budget: '1kg', 'max-increase': '10%' },
    history: {
      baseline: { totalKg: 0.95, sha: '0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef' },
      points: [
        { sha: '1111111aaaaaaa', date: '2026-10-01T10:00:00Z', totalKg: 0.82 },
        { sha: '2222222bbbbbbb', date: '2026-10-05T10:00:00Z', totalKg: 0.91 },
        { sha: '3333333ccccccc', date: '2026-10-09T10:00:00Z', totalKg: 0.9 },
        {
          sha: '0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef',
          date: '2026-10-12T10:00:00Z',
          totalKg: 0.95,
        },
      ],
      warnings: [],
    },
    // The base run's jobs as its ledger record lists them (they sum to the 0.95 kg baseline).
    base: {
      commits: {
        baseSha: '0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef',
        headSha: '9a8b7c6d5e4f30211203f4e5d6c7b8a9fedcba98',
      },
      itEnergyKWh: 1.55,
      jobs: [
        { key: 'zeus:zeus-monitor-log', name: 'zeus-monitor-log', totalKg: 0.74 },
        { key: 'codecarbon:mistral-7b-qlora', name: 'mistral-7b-qlora 1a2b3c4d', totalKg: 0.15 },
        { key: 'nvidia-smi:gpu-power', name: 'gpu-power', totalKg: 0.06 },
      ],
    },
    key: MAIN,
  },
  {
    id: 'first-run',
    origin:
      'examples/codecarbon/v1.2-cpu-sweep/emissions.csv: a CPU-only sweep, the first run carbon-gate sees (no budget, no ledger yet)',
    files: { 'emissions.csv': example('codecarbon/v1.2-cpu-sweep/emissions.csv') },
    inputs: {},
    key: MAIN,
  },
  {
    id: 'hostile',
    origin:
      'written here: job names, a GPU model and file paths that try to mention, link, embed HTML and forge the marker, a short row (a warning naming the hostile path) and an unusable artifact (an error); a 1 g budget that only warns',
    files: {
      '[x](http://evil)/emissions.carbon.json': JSON.stringify({
        carbonGate: 1,
        jobs: [
          {
            name: HOSTILE_NAME,
            energyKWh: 0.02,
            gpuCount: 1,
            gpuModel: '<img src=x> @octocat',
            durationHours: 0.25,
            region: 'DEU',
          },
          {
            name: '<!-- carbon-gate:main -->',
            energyKWh: 0.02,
            cpuThreads: 4,
            durationHours: 0.25,
            intensityGPerKWh: 381,
          },
        ],
      }),
      'a|b\n<script>alert(1)</script>/emissions.csv': `${CODECARBON_HEADER}\n2024-01-01T10:00:00,@octocat <img src=x>,r1,900,0.002,0.005\n2024-01-01T10:15:00,x\n`,
      'runs/@octocat ![x](http://evil).carbon.json':
        '{"carbonGate": 1, "jobs": [{"name": "<img src=x>", "energyKWh": -3}]}',
    },
    inputs: { budget: '1g', 'on-exceed': 'warn' },
    key: MAIN,
  },
]

export function configOf(sample: GoldenSample): Config {
  return resolveConfig({ inputs: sample.inputs, inputLabel: (n) => `input '${n}'` })
}

/** The sample through read → gate. */
export function runSample(sample: GoldenSample): Promise<GateRun> {
  const history = sample.history
  return runGate(
    {
      readJobs: readMemoryFiles(sample.files),
      ...(history !== undefined ? { readHistory: () => Promise.resolve(history) } : {}),
    },
    { config: configOf(sample) },
  )
}

/** What the comment is handed beside the report: the base's jobs matched with this run's by identity, as the action does. */
export function comparisonOf(sample: GoldenSample, run: GateRun): Comparison | undefined {
  const base = sample.base
  if (base === undefined) return undefined
  return {
    commits: base.commits,
    baseItEnergyKWh: base.itEnergyKWh,
    jobs: listJobChanges(run.report.jobs, base.jobs, jobIdentity),
  }
}
