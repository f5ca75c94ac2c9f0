/**
 * The binary `run-<id>.wandb` log: its stats records give the GPU power samples, its run record
 * the name and start, its environment record the GPUs (leveldb-log.ts, wandb-records.ts).
 */
import { ArtifactError } from '../../../core/errors.js'
import type { Notice } from '../../../core/types.js'
import type { PowerIntegrator } from '../../shared/power-integrator.js'
import type { ArtifactInput } from '../../types.js'
import { LogHeaderError, type LogSummary, readLogRecords } from './leveldb-log.js'
import { ProtobufError } from './protobuf.js'
import {
  type EnvironmentInfo,
  type RunInfo,
  type StatsSample,
  type WandbRecord,
  decodeRecord,
} from './wandb-records.js'
import { gpuOfKey, parseStatValue } from './wandb-run.js'

export interface BinaryRead {
  readonly samples: number
  readonly runId?: string
  readonly displayName?: string
  readonly startMs?: number
  readonly gpuModel?: string
  readonly gpuCount?: number
  readonly notices: Notice[]
}

interface Found {
  runId?: string
  displayName?: string
  startMs?: number
  gpuModel?: string
  gpuCount?: number
}

/** Where a record sits, for messages: `record 12 (byte 4096)`. */
interface At {
  readonly path: string
  readonly record: number
  readonly offset: number
}

function failAt(at: At, what: string): never {
  throw new ArtifactError(at.path, undefined, `record ${at.record} (byte ${at.offset})${what}`)
}

function decodeAt(data: Uint8Array, at: At): WandbRecord | undefined {
  try {
    return decodeRecord(data)
  } catch (e) {
    if (!(e instanceof ProtobufError)) throw e
    return failAt(at, ` is not a W&B record: ${e.message}`)
  }
}

/** Adds a stats record's GPU power samples; returns how many. */
function addStats(stats: StatsSample, integrator: PowerIntegrator, at: At): number {
  let samples = 0
  for (const [key, json] of stats.items) {
    const gpu = gpuOfKey(key)
    const watts = gpu === undefined ? undefined : parseStatValue(json)
    if (gpu === undefined || watts === undefined) continue
    if (watts < 0) failAt(at, `: ${key} is ${watts} W, a negative power`)
    // A line number means nothing in a binary log: the record's index stands in for it, and
    // errors name the record and its byte offset instead.
    try {
      integrator.add(gpu, stats.tMs, watts, at.record)
    } catch (e) {
      if (!(e instanceof ArtifactError)) throw e
      failAt(at, `: ${e.message}`)
    }
    samples++
  }
  return samples
}

function keep(found: Found, decoded: RunInfo | EnvironmentInfo): void {
  if (decoded.kind === 'run') {
    found.runId ??= decoded.runId
    found.displayName ??= decoded.displayName
    found.startMs ??= decoded.startMs
  } else {
    found.gpuModel ??= decoded.gpuType ?? decoded.gpuNames[0]
    if (decoded.gpuCount !== undefined)
      found.gpuCount = Math.max(found.gpuCount ?? 0, decoded.gpuCount)
  }
}

function describeDamage(path: string, summary: LogSummary): Notice[] {
  const notices: Notice[] = []
  if (summary.corrupt > 0) {
    notices.push({
      path,
      message: `${summary.corrupt} damaged ${summary.corrupt === 1 ? 'chunk' : 'chunks'} (checksum or header wrong, first at byte ${summary.firstCorruptOffset!}): the rest of each such 32 KiB block was skipped, as wandb sync does`,
    })
  }
  if (summary.truncated) {
    notices.push({
      path,
      message:
        'the log ends inside a record (the run was still writing it?): that record was not read',
    })
  }
  return notices
}

export async function readWandbLog(
  input: ArtifactInput,
  integrator: PowerIntegrator,
): Promise<BinaryRead> {
  const { path } = input
  const summary: LogSummary = { corrupt: 0, truncated: false }
  const found: Found = {}
  let samples = 0
  let record = 0
  try {
    for await (const { offset, data } of readLogRecords(input.chunks(), summary)) {
      const at: At = { path, record: ++record, offset }
      const decoded = decodeAt(data, at)
      if (decoded === undefined) continue
      if (decoded.kind === 'stats') samples += addStats(decoded, integrator, at)
      else keep(found, decoded)
    }
  } catch (e) {
    if (e instanceof LogHeaderError) throw new ArtifactError(path, undefined, e.message)
    throw e
  }
  return { samples, ...found, notices: describeDamage(path, summary) }
}
