import type { FormatId } from '../core/types.js'
import type { Reader } from './types.js'
import { carbontrackerReader } from './formats/carbontracker/carbontracker.js'
import { codecarbonReader } from './formats/codecarbon/codecarbon.js'
import { dcgmReader } from './formats/dcgm/dcgm.js'
import { eco2aiReader } from './formats/eco2ai/eco2ai.js'
import { genericReader } from './formats/generic/generic.js'
import { impactTrackerReader } from './formats/impact-tracker/impact-tracker.js'
import { nvidiaSmiReader } from './formats/nvidia-smi/nvidia-smi.js'
import { zeusReader } from './formats/zeus/zeus.js'
import { amdSmiReader } from './formats/amd-smi/amd-smi.js'
import { boampsReader } from './formats/boamps/boamps.js'
import { codecarbonJsonReader } from './formats/codecarbon-json/codecarbon-json.js'
import { megatronReader } from './formats/megatron/megatron.js'
import { mlflowReader } from './formats/mlflow/mlflow.js'
import { modelCardReader } from './formats/model-card/model-card.js'
import { optimumBenchmarkReader } from './formats/optimum-benchmark/optimum-benchmark.js'
import { wandbReader } from './formats/wandb/wandb.js'
import { slurmReader } from './formats/slurm/slurm.js'

/** Every reader, in the order detection tries them (most specific first). */
export const READERS: readonly Reader[] = [
  genericReader,
  codecarbonReader,
  carbontrackerReader,
  eco2aiReader,
  zeusReader,
  nvidiaSmiReader,
  dcgmReader,
  impactTrackerReader,
  mlflowReader,
  wandbReader,
  slurmReader,
  amdSmiReader,
  megatronReader,
  codecarbonJsonReader,
  boampsReader,
  optimumBenchmarkReader,
  modelCardReader,
]

export function readerFor(format: FormatId): Reader {
  const reader = READERS.find((r) => r.format === format)
  if (!reader) throw new Error(`no reader for ${format}`)
  return reader
}

/**
 * The file names each reader could claim: a directory search opens only files whose base name one
 * of these matches, and only they count toward its cap (name-first discovery). Each list covers
 * every name its reader's `detect` can accept; a name no list claims is never opened by a search
 * (name the file in `artifacts:` and every reader tries it). The one source for these names.
 */
export const CLAIMED_NAMES: Readonly<Record<FormatId, readonly RegExp[]>> = {
  // *.carbon.json, or any JSON whose head carries "carbonGate".
  generic: [/\.json$/i],
  // emissions*.csv and task files, detected by their header whatever the name.
  codecarbon: [/\.csv$/i],
  carbontracker: [/_carbontracker_output\.log$/],
  eco2ai: [/\.csv$/i],
  zeus: [/\.(?:csv|log|txt)$/i],
  'nvidia-smi': [/\.(?:csv|tsv|log|txt|out)$/i],
  dcgm: [/\.(?:txt|log|out|csv|prom|metrics)$/i],
  'impact-tracker': [/^data\.json$/],
  mlflow: [/^gpu_\d+_power_usage_watts$/],
  wandb: [/\.wandb$/, /\.(?:jsonl|ndjson|json|csv)$/i],
  slurm: [/\.(?:txt|psv|csv|tsv|log|out)$/i],
  'amd-smi': [/\.(?:csv|txt|log)$/i],
  megatron: [/\.(?:log|txt|out|err)$/i],
  'codecarbon-json': [/\.(?:json|jsonl|ndjson|log|txt)$/i],
  boamps: [/\.json$/i],
  'optimum-benchmark': [/^benchmark(?:_report)?\.json$/],
  'model-card': [/^(?:readme|model[_-]?card)\.md$/i],
}

const ALL_CLAIMS: readonly RegExp[] = Object.values(CLAIMED_NAMES).flat()

/** Could any reader claim a file of this base name? Only such files are opened by a search. */
export function isClaimableName(name: string): boolean {
  return ALL_CLAIMS.some((pattern) => pattern.test(name))
}

/** The reader whose format this file is, or undefined. */
export function detectReader(name: string, head: string): Reader | undefined {
  return READERS.find((r) => r.detect(name, head))
}

/** Is this file read through another one (e.g. carbontracker's standard log)? */
export function isCompanionFile(name: string): boolean {
  return READERS.some((r) => r.isCompanion?.(name) ?? false)
}

/** One line listing what is supported, for "matches no format" errors. */
export function supportedFormatsLine(): string {
  return READERS.map((r) => `${r.format} (${r.describes})`).join(', ')
}
