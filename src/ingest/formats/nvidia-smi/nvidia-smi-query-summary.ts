/**
 * What an nvidia-smi --query-gpu log (or a piece of one) adds up to, as plain data: the reader's
 * result is made from it, whether the log was read in one pass or in pieces (parallel/).
 */
import { ArtifactError } from '../../../core/errors.js'
import type { EnergyProfile, JobRecord, Notice } from '../../../core/types.js'
import { profileField } from '../../shared/energy-profile.js'
import { toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadResult } from '../../types.js'
import {
  describeModels,
  gapNote,
  jobNameFromFile,
  singleSampleNotice,
} from '../../shared/power-integrator.js'
import {
  deviceEnergy,
  gapNoticeOf,
  type DeviceSummary,
  type GapSummary,
} from './nvidia-smi-energy.js'

export interface TallySummary {
  readonly count: number
  readonly firstLine: number | undefined
}

export interface QuerySummary {
  /** The header's field count (0: no header read). */
  readonly width: number
  readonly powerNames: readonly string[]
  /** Header lines read, the first one included. */
  readonly headerLines: number
  /** Lines read (a piece's; 0 when not counted). */
  readonly lines: number
  readonly devices: readonly DeviceSummary[]
  readonly gaps: GapSummary
  readonly missing: TallySummary
  readonly badWidth: TallySummary
  /** Samples that took their power from each power column. */
  readonly powerUsed: readonly number[]
  readonly models: readonly string[]
  readonly devicesWithoutPower: readonly string[]
  readonly firstMs: number
  readonly lastMs: number
  /**
   * Energy over time, for a log read in one pass (a log read in pieces has none: its jobs fall
   * back to the annual intensity, said per job).
   */
  readonly profile?: EnergyProfile
}

function tallyNotice(path: string, t: TallySummary, one: string, many: string, rest: string) {
  if (t.count === 0) return undefined
  const message = `${t.count} ${t.count === 1 ? one : many} ${rest}`
  return t.firstLine === undefined ? { path, message } : { path, line: t.firstLine, message }
}

/** The reader's result (or its error) from what the log adds up to. */
export function finishQuery(
  input: ArtifactInput,
  maxGapSeconds: number,
  s: QuerySummary,
): ReadResult {
  const path = input.path
  if (s.width === 0) throw new ArtifactError(path, undefined, 'is empty')
  const devices = s.devices.map(deviceEnergy)
  if (devices.length === 0) {
    throw new ArtifactError(
      path,
      undefined,
      s.missing.count > 0
        ? `holds no power sample: all ${s.missing.count} were empty or [N/A]`
        : 'holds no samples (header only)',
    )
  }
  const notes: string[] = []
  if (s.gaps.count > 0) notes.push(gapNote(s.gaps.count, maxGapSeconds))
  const notices: Notice[] = [
    gapNoticeOf(path, s.gaps, maxGapSeconds * 1000),
    tallyNotice(
      path,
      s.missing,
      'sample',
      'samples',
      'without a power value (empty or [N/A]) skipped',
    ),
    tallyNotice(
      path,
      s.badWidth,
      'row',
      'rows',
      `skipped: their field count differs from the header's (${s.width})`,
    ),
    singleSampleNotice(path, devices),
  ].filter((n) => n !== undefined)
  const used = s.powerNames.filter((_, p) => s.powerUsed[p]! > 0)
  notes.push(`power from ${used.join(', then ')}`)
  const keys = new Set(devices.map((d) => d.key))
  for (const k of s.devicesWithoutPower) keys.add(k)
  const job: JobRecord = {
    name: jobNameFromFile(input.name),
    source: { path, format: 'nvidia-smi' },
    itEnergyKWh: devices.reduce((sum, d) => sum + d.kWh, 0),
    gpuCount: keys.size,
    gpuModel: describeModels(new Set(s.models)),
    startedAt: toIso(s.firstMs),
    durationHours: (s.lastMs - s.firstMs) / 3_600_000,
    notes,
    ...profileField(s.profile),
  }
  return { jobs: [job], notices }
}
