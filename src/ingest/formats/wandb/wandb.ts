/**
 * Weights & Biases GPU power, `gpu.<i>.powerWatts` (W, sampled every 15 s by default, per GPU),
 * from any of: the binary `run-<id>.wandb` log of every run (wandb-binary.ts), an old SDK's
 * `wandb-events.jsonl`, or an export of `run.history(stream="events")` as CSV or JSON lines
 * (wandb-history.ts). Energy: the trapezoidal integral per GPU (gaps as for every power log).
 */
import type { Notice } from '../../../core/types.js'
import { PowerIntegrator, jobNameFromFile } from '../../shared/power-integrator.js'
import { finishPowerJob } from '../../shared/power-job.js'
import { toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { readWandbLog } from './wandb-binary.js'
import { isHistoryCsvHeader, readHistoryCsv, readJsonLines } from './wandb-history.js'
import { metadataBeside, readMetadata, runIdFromPath } from './wandb-run.js'
import { appendAll } from '../../../core/arrays.js'

type Form = 'binary' | 'events' | 'csv'

const EVENTS_FILE = 'wandb-events.jsonl'
const BINARY_NAME = /\.wandb$/
const JSON_LINES_NAME = /\.(?:jsonl|ndjson|json)$/i

function firstLine(head: string): string | undefined {
  return head
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.replace(/\r$/, '')
}

/** Which form the file is, from its name and its first line. */
function detectForm(name: string, head: string): Form | undefined {
  if (BINARY_NAME.test(name)) return head.startsWith(':W&B') ? 'binary' : undefined
  const line = firstLine(head)
  if (line === undefined) return undefined
  if (name === EVENTS_FILE) return line.trimStart().startsWith('{') ? 'events' : undefined
  if (JSON_LINES_NAME.test(name)) {
    // A JSON-lines history export: its rows carry _timestamp and system.gpu.<i>.powerWatts.
    return line.trimStart().startsWith('{') &&
      line.includes('"_timestamp"') &&
      /"system[./]gpu\.\d+\.powerWatts/.test(line)
      ? 'events'
      : undefined
  }
  return isHistoryCsvHeader(line) ? 'csv' : undefined
}

/** The form of a file detect() accepted: its name tells (the content was checked there). */
function formByName(name: string): Form {
  if (BINARY_NAME.test(name)) return 'binary'
  return name === EVENTS_FILE || JSON_LINES_NAME.test(name) ? 'events' : 'csv'
}

function nameJob(
  input: ArtifactInput,
  displayName: string | undefined,
  runId: string | undefined,
): string {
  if (displayName !== undefined) return displayName
  const id = runId ?? runIdFromPath(input.path)
  return id !== undefined ? `wandb run ${id}` : jobNameFromFile(input.name)
}

/** Binary logs have no lines: their notices name records, not lines. */
function withoutLines(notices: readonly Notice[]): Notice[] {
  return notices.map((n) =>
    n.line === undefined
      ? n
      : { path: n.path, message: `${n.message} (first at record ${n.line})` },
  )
}

async function readWandb(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const { path } = input
  const form = formByName(input.name)
  const integrator = new PowerIntegrator(path, options.maxGapSeconds)
  const hardware = await readMetadata(metadataBeside(input))
  let gpuModel = hardware.gpuModel
  let gpuCount = hardware.gpuCount
  let displayName: string | undefined
  let runId: string | undefined
  let startMs: number | undefined
  const notices: Notice[] = []
  if (form === 'binary') {
    const log = await readWandbLog(input, integrator)
    gpuModel ??= log.gpuModel
    gpuCount ??= log.gpuCount
    ;({ displayName, runId, startMs } = log)
    appendAll(notices, log.notices)
  } else if (form === 'events') await readJsonLines(input, options, integrator)
  else await readHistoryCsv(input, options, integrator)
  const job = finishPowerJob(integrator, {
    path,
    format: 'wandb',
    name: nameJob(input, displayName, runId),
    maxGapSeconds: options.maxGapSeconds,
    empty:
      'holds no GPU power sample (gpu.<i>.powerWatts): the run had no NVIDIA/AMD GPU, or system metrics were off',
    epochTimes: true,
    ...(gpuModel !== undefined ? { gpuModel } : {}),
    ...(gpuCount !== undefined ? { gpuCount: Math.max(gpuCount, integrator.deviceCount) } : {}),
    ...(startMs !== undefined ? { startedAt: toIso(startMs) } : {}),
  })
  const power = form === 'binary' ? withoutLines(job.notices) : job.notices
  return { jobs: [job.job], notices: [...notices, ...power] }
}

export const wandbReader: Reader = {
  format: 'wandb',
  describes:
    'Weights & Biases run-<id>.wandb logs, wandb-events.jsonl, and run.history(stream="events") exports (CSV or JSON lines)',
  detect(name, head) {
    return detectForm(name, head) !== undefined
  },
  read: readWandb,
}
