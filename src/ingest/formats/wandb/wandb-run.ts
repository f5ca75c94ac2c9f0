/**
 * What all three W&B forms share: which keys are GPU power (`gpu.<i>.powerWatts`, prefixed
 * `system.` or `system/` once exported, suffixed `/l:<node>` when W&B labels a node; never
 * `gpu.process.<i>.powerWatts`, the same reading again for GPUs the process uses), the run's id
 * from its folder (`wandb/run-20250501_100000-<id>/`) and its GPUs from `wandb-metadata.json`.
 */
import { readText } from '../../shared/lines.js'
import type { ArtifactInput } from '../../types.js'

const POWER_KEY = /^(?:system[./])?gpu\.(\d+)\.powerWatts(?:\/l:(.+))?$/

/** The GPU a key's power belongs to (`0`, `0@node-2`), or undefined for any other key. */
export function gpuOfKey(key: string): string | undefined {
  const m = POWER_KEY.exec(key)
  if (!m) return undefined
  return m[2] === undefined ? m[1]! : `${m[1]!}@${m[2]}`
}

/** A stats value: a JSON number, or a number in a JSON string; undefined for NaN, null, text. */
export function parseStatValue(value: unknown): number | undefined {
  let v = value
  if (typeof v === 'string') {
    const t = v.trim().replace(/^"(.*)"$/, '$1')
    if (t === '' || /^nan$/i.test(t)) return undefined
    v = Number(t)
  }
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

const RUN_DIR = /^(?:offline-)?run-\d{8}_\d{6}-([A-Za-z0-9]+)$/
const RUN_FILE = /^run-([A-Za-z0-9]+)\.wandb$/

/** The run id from the file's name or the run folder it sits in. */
export function runIdFromPath(path: string): string | undefined {
  const parts = path.split(/[\\/]/)
  const file = RUN_FILE.exec(parts.at(-1) ?? '')
  if (file) return file[1]
  for (let i = parts.length - 2; i >= 0 && i >= parts.length - 3; i--) {
    const m = RUN_DIR.exec(parts[i]!)
    if (m) return m[1]
  }
  return undefined
}

export interface Hardware {
  readonly gpuModel?: string
  readonly gpuCount?: number
}

/** The GPUs `wandb-metadata.json` names (`gpu`, `gpu_count`, `gpu_nvidia[].name`). */
export async function readMetadata(input: ArtifactInput | undefined): Promise<Hardware> {
  if (input === undefined) return {}
  let meta: unknown
  try {
    meta = JSON.parse(await readText(input.chunks()))
  } catch {
    return {}
  }
  if (typeof meta !== 'object' || meta === null) return {}
  const m = meta as Record<string, unknown>
  const nvidia = Array.isArray(m.gpu_nvidia) ? m.gpu_nvidia : []
  const named = nvidia.flatMap((g: unknown) =>
    typeof g === 'object' && g !== null && typeof (g as { name?: unknown }).name === 'string'
      ? [(g as { name: string }).name]
      : [],
  )
  const gpuModel = typeof m.gpu === 'string' && m.gpu !== '' ? m.gpu : named[0]
  const count = typeof m.gpu_count === 'number' && m.gpu_count > 0 ? m.gpu_count : undefined
  return {
    ...(gpuModel !== undefined ? { gpuModel } : {}),
    ...(count !== undefined ? { gpuCount: count } : {}),
  }
}

/** `wandb-metadata.json` beside the file, or in the run folder's `files/`. */
export function metadataBeside(input: ArtifactInput): ArtifactInput | undefined {
  return input.sibling?.('wandb-metadata.json') ?? input.sibling?.('files/wandb-metadata.json')
}
