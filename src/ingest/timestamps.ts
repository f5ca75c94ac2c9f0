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
}

export function writesLocalTimes(format: FormatId): boolean {
  return WRITES_LOCAL_TIMES[format]
}
