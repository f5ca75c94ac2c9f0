/**
 * The records of a `.wandb` log that matter here (wandb/proto/wandb_internal.proto):
 *
 * - `Record.stats` (field 7): `StatsRecord { stats_type = 1 (0 = SYSTEM), timestamp = 2
 *   (google.protobuf.Timestamp { seconds = 1, nanos = 2 }), item = 3 (StatsItem { key = 1,
 *   value_json = 16 }) }` — one system-metrics sample, keys like `gpu.0.powerWatts`;
 * - `Record.run` (field 17): `RunRecord { run_id = 1, project = 3, display_name = 8,
 *   start_time = 17 }`;
 * - `Record.environment` (field 26): `EnvironmentRecord { gpu_type = 18, gpu_count = 19,
 *   gpu_nvidia = 24 (GpuNvidiaInfo { name = 1 }) }`.
 *
 * Every other record (history, output, files, …) is skipped without being decoded.
 */
import { type Field, fields, signed, text } from './protobuf.js'

const RECORD_STATS = 7
const RECORD_RUN = 17
const RECORD_ENVIRONMENT = 26
const STATS_SYSTEM = 0

export interface StatsSample {
  readonly kind: 'stats'
  /** Epoch ms. */
  readonly tMs: number
  readonly items: readonly (readonly [key: string, valueJson: string])[]
}

export interface RunInfo {
  readonly kind: 'run'
  readonly runId?: string
  readonly displayName?: string
  readonly startMs?: number
}

export interface EnvironmentInfo {
  readonly kind: 'environment'
  readonly gpuType?: string
  readonly gpuCount?: number
  readonly gpuNames: readonly string[]
}

export type WandbRecord = StatsSample | RunInfo | EnvironmentInfo

function timestampMs(message: Uint8Array): number {
  let seconds = 0
  let nanos = 0
  for (const f of fields(message)) {
    if (f.number === 1) seconds = signed(f)
    else if (f.number === 2) nanos = signed(f)
  }
  return seconds * 1000 + nanos / 1e6
}

function decodeStats(message: Uint8Array): StatsSample | undefined {
  let type = STATS_SYSTEM
  let tMs: number | undefined
  const items: [string, string][] = []
  for (const f of fields(message)) {
    if (f.number === 1) type = f.varint
    else if (f.number === 2) tMs = timestampMs(f.bytes)
    else if (f.number === 3) {
      let key = ''
      let value = ''
      for (const g of fields(f.bytes)) {
        if (g.number === 1) key = text(g)
        else if (g.number === 16) value = text(g)
      }
      items.push([key, value])
    }
  }
  if (type !== STATS_SYSTEM || tMs === undefined) return undefined
  return { kind: 'stats', tMs, items }
}

function decodeRun(message: Uint8Array): RunInfo {
  let runId: string | undefined
  let displayName: string | undefined
  let startMs: number | undefined
  for (const f of fields(message)) {
    if (f.number === 1) runId = text(f)
    else if (f.number === 8) displayName = text(f)
    else if (f.number === 17) startMs = timestampMs(f.bytes)
  }
  return {
    kind: 'run',
    ...(runId ? { runId } : {}),
    ...(displayName ? { displayName } : {}),
    ...(startMs ? { startMs } : {}),
  }
}

function decodeEnvironment(message: Uint8Array): EnvironmentInfo {
  let gpuType: string | undefined
  let gpuCount: number | undefined
  const gpuNames: string[] = []
  for (const f of fields(message)) {
    if (f.number === 18) gpuType = text(f)
    else if (f.number === 19) gpuCount = f.varint
    else if (f.number === 24) {
      for (const g of fields(f.bytes)) if (g.number === 1) gpuNames.push(text(g))
    }
  }
  return {
    kind: 'environment',
    ...(gpuType ? { gpuType } : {}),
    ...(gpuCount ? { gpuCount } : {}),
    gpuNames,
  }
}

/** The record's stats, run or environment part, else undefined. Throws ProtobufError. */
export function decodeRecord(record: Uint8Array): WandbRecord | undefined {
  let part: Field | undefined
  for (const f of fields(record)) {
    if (f.number === RECORD_STATS || f.number === RECORD_RUN || f.number === RECORD_ENVIRONMENT) {
      part = f
    }
  }
  if (part === undefined) return undefined
  if (part.number === RECORD_STATS) return decodeStats(part.bytes)
  return part.number === RECORD_RUN ? decodeRun(part.bytes) : decodeEnvironment(part.bytes)
}
