/**
 * Which formats write local times without an offset (read in the configured `timezone`). A new
 * format id must say so here: the table covers every id, or the build fails.
 */
import type { FormatId } from '../core/types.js'

const WRITES_LOCAL_TIMES: Readonly<Record<FormatId, boolean>> = {
  codecarbon: true,
  carbontracker: true,
  eco2ai: true,
  // Unix time.
  zeus: false,
  'nvidia-smi': true,
  dcgm: true,
  'impact-tracker': true,
  // ISO 8601 with an offset (contract §3).
  generic: false,
  // Epoch milliseconds (MLflow metric files, W&B records).
  mlflow: false,
  wandb: false,
  // No timestamps are read.
  'optimum-benchmark': false,
  'model-card': false,
  // CodeCarbon's own local timestamps, as in its CSV.
  'codecarbon-json': true,
  boamps: true,
  // Log lines' local date-times; sacct's Start/End in the cluster's zone.
  megatron: true,
  slurm: true,
  // amd-smi writes epoch seconds; rocm-smi logs piped through a timestamping tool local times.
  'amd-smi': true,
}

export function writesLocalTimes(format: FormatId): boolean {
  return WRITES_LOCAL_TIMES[format]
}
