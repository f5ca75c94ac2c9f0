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
import { decodeRecord } from './wandb-records.js'
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
      record++
      let decoded
      try {
        decoded = decodeRecord(data)
      } catch (e) {
        if (!(e instanceof ProtobufError)) throw e
        throw new ArtifactError(
          path,
          undefined,
          `record ${record} (byte ${offset}) is not a W&B record: ${e.message}`,
        )
      }
      if (decoded === undefined) continue
      if (decoded.kind === 'run') {
        found.runId ??= decoded.runId
        found.displayName ??= decoded.displayName
        found.startMs ??= decoded.startMs
      } else if (decoded.kind === 'environment') {
        found.gpuModel ??= decoded.gpuType ?? decoded.gpuNames[0]
        if (decoded.gpuCount !== undefined)
          found.gpuCount = Math.max(found.gpuCount ?? 0, decoded.gpuCount)
      } else {
        for (const [key, json] of decoded.items) {
          const gpu = gpuOfKey(key)
          const watts = gpu === undefined ? undefined : parseStatValue(json)
          if (gpu === undefined || watts === undefined) continue
          if (watts < 0) {
            throw new ArtifactError(
              path,
              undefined,
              `record ${record} (byte ${offset}): ${key} is ${watts} W, a negative power`,
            )
          }
          // A line number means nothing in a binary log: the record's index stands in for it, and
          // errors name the record and its byte offset instead.
          try {
            integrator.add(gpu, decoded.tMs, watts, record)
          } catch (e) {
            if (!(e instanceof ArtifactError)) throw e
            throw new ArtifactError(
              path,
              undefined,
              `record ${record} (byte ${offset}): ${e.message}`,
            )
          }
          samples++
        }
      }
    }
  } catch (e) {
    if (e instanceof LogHeaderError) throw new ArtifactError(path, undefined, e.message)
    throw e
  }
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
  return { samples, ...found, notices }
}
