/**
 * The MLflow file-store run a system metric belongs to: `mlruns/<experiment>/<run>/` holds
 * `meta.yaml` (run_name, start_time and end_time in epoch ms, status) and `tags/<key>` files (one
 * value each). A system metric sits at `<run>/metrics/system/<name>` or, with a node id
 * (multi-node training), at `<run>/metrics/system/<node>/<name>`.
 */
import { parse } from 'yaml'
import { ArtifactError } from '../../../core/errors.js'
import { readText } from '../../shared/lines.js'
import type { ArtifactInput } from '../../types.js'

export interface RunInfo {
  readonly name?: string
  readonly runId?: string
  readonly startMs?: number
  readonly endMs?: number
  readonly gpuModel?: string
  /** The node id of a multi-node run's metrics folder (`node_0`). */
  readonly node?: string
}

/** Where a metric file sits: the path from its folder up to the run's, or undefined. */
export interface MetricPlace {
  /** `../..` (metrics/system) or `../../..` (metrics/system/<node>). */
  readonly up: string
  readonly node?: string
}

/** Is this metric file inside a run's `metrics/system[/<node>]` folder? */
export function locateMetric(path: string): MetricPlace | undefined {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.')
  parts.pop()
  const [parent, grand, great] = [parts.at(-1), parts.at(-2), parts.at(-3)]
  if (parent === 'system' && grand === 'metrics') return { up: '../..' }
  if (grand === 'system' && great === 'metrics' && parent !== undefined) {
    return { up: '../../..', node: parent }
  }
  return undefined
}

/** Tags the GPU model may be found in: set by the user (recipe), or by mlflow-sysmetrics. */
const GPU_MODEL_TAGS = ['gpu_model', 'sys.gpu']

async function readSmall(input: ArtifactInput | undefined): Promise<string | undefined> {
  if (input === undefined) return undefined
  const text = (await readText(input.chunks())).trim()
  return text === '' ? undefined : text
}

function epochMs(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined
}

/** The run's name, times and GPU model from meta.yaml and tags (each optional). */
export async function readRunInfo(metric: ArtifactInput, place: MetricPlace): Promise<RunInfo> {
  const at = (relative: string): ArtifactInput | undefined =>
    metric.sibling?.(`${place.up}/${relative}`)
  const metaInput = at('meta.yaml')
  const metaText = await readSmall(metaInput)
  let meta: Record<string, unknown> = {}
  if (metaText !== undefined) {
    let parsed: unknown
    try {
      parsed = parse(metaText)
    } catch (e) {
      const line = (e as { linePos?: readonly { line: number }[] }).linePos?.[0]?.line
      throw new ArtifactError(metaInput!.path, line, 'is not valid YAML (MLflow run meta.yaml)')
    }
    if (typeof parsed === 'object' && parsed !== null) meta = parsed as Record<string, unknown>
  }
  const str = (key: string): string | undefined => {
    const v = meta[key]
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
  }
  const name = str('run_name') ?? (await readSmall(at('tags/mlflow.runName')))
  let gpuModel: string | undefined
  for (const tag of GPU_MODEL_TAGS) gpuModel ??= await readSmall(at(`tags/${tag}`))
  const runId = str('run_id') ?? str('run_uuid')
  const startMs = epochMs(meta.start_time)
  const endMs = epochMs(meta.end_time)
  return {
    ...(name !== undefined ? { name } : {}),
    ...(runId !== undefined ? { runId } : {}),
    ...(startMs !== undefined ? { startMs } : {}),
    ...(endMs !== undefined ? { endMs } : {}),
    ...(gpuModel !== undefined && gpuModel !== 'None' ? { gpuModel } : {}),
    ...(place.node !== undefined ? { node: place.node } : {}),
  }
}
