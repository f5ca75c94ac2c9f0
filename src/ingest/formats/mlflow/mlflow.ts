/**
 * MLflow system metrics in the file store (mlflow/system_metrics, mlflow/store/tracking/
 * file_store.py): `mlruns/<exp>/<run>/metrics/system/gpu_<i>_power_usage_watts`, one line per
 * logged value, `<timestamp ms> <value> <step>` (value: the mean W over the samples since the
 * previous log — every 10 s by default). The GPU monitor logs every GPU from 0, so `gpu_0_…` is
 * the run's artifact and reads `gpu_1_…`, `gpu_2_…` beside it (those are not read alone when
 * found by a search). Multi-node runs log under `system/<node>/`: one job per node. Energy: the
 * trapezoidal integral per GPU. Name, start, end and GPU model from the run's meta.yaml and tags.
 */
import { ArtifactError } from '../../../core/errors.js'
import { forEachLine } from '../../shared/lines.js'
import { PowerIntegrator, jobNameFromFile } from '../../shared/power-integrator.js'
import { finishPowerJob } from '../../shared/power-job.js'
import { toIso } from '../../shared/time.js'
import type { ArtifactInput, ReadOptions, ReadResult, Reader } from '../../types.js'
import { type RunInfo, locateMetric, readRunInfo } from './mlflow-run.js'

const POWER_METRIC = /^gpu_(\d+)_power_usage_watts$/
const METRIC_LINE = /^(\d+) (\S+)(?: (-?\d+))?$/
/** No machine has more GPUs than this: the probe for siblings stops here. */
const MAX_GPUS = 4096

function metricName(index: number): string {
  return `gpu_${index}_power_usage_watts`
}

/** Reads one metric file into the integrator, as GPU `gpu`. Returns its sample count. */
async function readMetric(
  input: ArtifactInput,
  gpu: string,
  integrator: PowerIntegrator,
  options: ReadOptions,
): Promise<number> {
  let samples = 0
  await forEachLine(
    input.chunks(),
    (text, no) => {
      const line = text.trim()
      if (line === '') return
      const m = METRIC_LINE.exec(line)
      if (!m) {
        throw new ArtifactError(
          input.path,
          no,
          'is not an MLflow metric line "<timestamp ms> <value> <step>"',
        )
      }
      const watts = Number(m[2])
      if (m[2] === 'nan' || m[2] === 'NaN') return // an NVML read that failed
      if (!Number.isFinite(watts) || watts < 0) {
        throw new ArtifactError(input.path, no, `power "${m[2]!}" W is not a usable value`)
      }
      integrator.add(gpu, Number(m[1]), watts, no)
      samples++
    },
    options.onProgress,
  )
  return samples
}

/** The metric files of the GPUs beside `gpu_0_…` (or the named file alone). */
function gpuFiles(input: ArtifactInput, first: number): ArtifactInput[] {
  const files = [input]
  if (first !== 0) return files
  for (let i = 1; i < MAX_GPUS; i++) {
    const next = input.sibling?.(metricName(i))
    if (next === undefined) break
    files.push(next)
  }
  return files
}

function nameJob(info: RunInfo, input: ArtifactInput): string {
  const run =
    info.name ??
    (info.runId !== undefined
      ? `mlflow run ${info.runId.slice(0, 8)}`
      : jobNameFromFile(input.name))
  return info.node !== undefined ? `${run} (${info.node})` : run
}

async function readMlflow(input: ArtifactInput, options: ReadOptions): Promise<ReadResult> {
  const first = Number(POWER_METRIC.exec(input.name)?.[1] ?? 0)
  const place = locateMetric(input.path)
  const info: RunInfo = place === undefined ? {} : await readRunInfo(input, place)
  const integrator = new PowerIntegrator(input.path, options.maxGapSeconds)
  const files = gpuFiles(input, first)
  for (const [k, file] of files.entries())
    await readMetric(file, String(first + k), integrator, options)
  const notes = [`${files.length} GPU power series (gpu_<i>_power_usage_watts)`]
  if (place === undefined) notes.push('not inside a run folder (metrics/system): no meta.yaml read')
  const finished =
    info.startMs !== undefined && info.endMs !== undefined && info.endMs >= info.startMs
  const { job, notices } = finishPowerJob(integrator, {
    path: input.path,
    format: 'mlflow',
    name: nameJob(info, input),
    maxGapSeconds: options.maxGapSeconds,
    empty: 'holds no power sample (every value is nan)',
    epochTimes: true,
    gpuCount: files.length,
    ...(info.gpuModel !== undefined ? { gpuModel: info.gpuModel } : {}),
    ...(info.startMs !== undefined ? { startedAt: toIso(info.startMs) } : {}),
    ...(finished ? { durationHours: (info.endMs - info.startMs) / 3_600_000 } : {}),
    notes,
  })
  return { jobs: [job], notices }
}

export const mlflowReader: Reader = {
  format: 'mlflow',
  describes: 'MLflow system metrics mlruns/<exp>/<run>/metrics/system/gpu_<i>_power_usage_watts',
  detect(name, head) {
    if (!POWER_METRIC.test(name)) return false
    const line = head.split('\n').find((l) => l.trim() !== '')
    return line !== undefined && METRIC_LINE.test(line.trim())
  },
  isCompanion(name) {
    const m = POWER_METRIC.exec(name)
    return m !== null && m[1] !== '0'
  },
  read: readMlflow,
}
