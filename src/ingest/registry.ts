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
