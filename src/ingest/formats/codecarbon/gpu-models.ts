/**
 * CodeCarbon's `gpu_model` cell. CodeCarbon writes it as
 * `"".join(f"{count} x {name}" for name, count in Counter(gpu_names).items())`
 * (codecarbon/core/resource_tracker.py): one model reads `1 x NVIDIA GeForce RTX 3060`, but two
 * models are glued with no separator, `1 x NVIDIA GeForce RTX 40601 x NVIDIA GeForce RTX 3080 Ti`,
 * so the count of each model after the first is fused to the end of the previous name. Names often
 * end in digits too (4060, A100): the split is the one whose counts add up to `gpu_count`, with
 * the shortest counts when several do (counts never start with 0: Python writes none).
 */
import type { GpuModelCount } from '../../../core/types.js'
import { describeModels } from '../../shared/power-integrator.js'

export interface GpuModels {
  /** One model as written without its count, `mixed: A, B` for several, or the cell as written. */
  readonly gpuModel: string
  /** Each model with its count, for a job that mixes models. */
  readonly gpuModels?: readonly GpuModelCount[]
}

const COUNT = /^\d+$/
/** `x` after a count: `1 x A`, `2x A`, and the glued `…40601 x B`. */
const SEPARATOR = /(?<=\d)\s*x\s+/
/** Older or hand-made cells separate the models with commas: `1 x A, 2 x B`. */
const COMMA_LIST = /,\s*(?=\d+\s*x\s)/
/** More splits than this are not tried (no machine mixes that many models). */
const MAX_SPLITS = 4096

/** The ways to cut a token `…name digits` into a name and a count (shortest count first). */
function cuts(token: string): [string, number][] {
  const digits = /\d+$/.exec(token)?.[0] ?? ''
  const out: [string, number][] = []
  for (let k = 1; k <= digits.length; k++) {
    const count = digits.slice(digits.length - k)
    const name = token.slice(0, token.length - k).trimEnd()
    if (count.startsWith('0') || name === '') continue
    out.push([name, Number(count)])
  }
  return out
}

/** Every reading of the glued models, shortest counts first. */
function readings(tokens: readonly string[]): GpuModelCount[][] {
  let partial: { models: GpuModelCount[]; count: number }[] = [
    { models: [], count: Number(tokens[0]) },
  ]
  for (const token of tokens.slice(1, -1)) {
    const next: typeof partial = []
    for (const p of partial) {
      for (const [name, count] of cuts(token)) {
        next.push({ models: [...p.models, { model: name, count: p.count }], count })
        if (next.length > MAX_SPLITS) return []
      }
    }
    partial = next
  }
  const last = tokens.at(-1)!.trim()
  return partial.map((p) => [...p.models, { model: last, count: p.count }])
}

function total(models: readonly GpuModelCount[]): number {
  return models.reduce((sum, m) => sum + m.count, 0)
}

/** Merge repeated names (a comma list may repeat one) and keep the order of first sight. */
function merge(models: readonly GpuModelCount[]): GpuModelCount[] {
  const byName = new Map<string, number>()
  for (const m of models) byName.set(m.model, (byName.get(m.model) ?? 0) + m.count)
  return [...byName].map(([model, count]) => ({ model, count }))
}

function fromList(models: readonly GpuModelCount[]): GpuModels {
  const merged = merge(models)
  if (merged.length === 1) return { gpuModel: merged[0]!.model }
  return { gpuModel: describeModels(new Set(merged.map((m) => m.model)))!, gpuModels: merged }
}

/** Split a `gpu_model` cell into its models; `gpuCount` (the `gpu_count` cell) picks the split. */
export function splitGpuModels(cell: string, gpuCount?: number): GpuModels {
  const text = cell.trim()
  if (COMMA_LIST.test(text)) {
    const parts = text.split(COMMA_LIST).map((p) => /^(\d+)\s*x\s+(.+)$/.exec(p.trim()))
    if (parts.every((m) => m !== null)) {
      return fromList(parts.map((m) => ({ model: m[2]!.trim(), count: Number(m[1]) })))
    }
  }
  const tokens = text.split(SEPARATOR)
  if (tokens.length < 2 || !COUNT.test(tokens[0]!.trim())) return { gpuModel: text }
  tokens[0] = tokens[0]!.trim()
  if (tokens.length === 2) return { gpuModel: tokens[1]!.trim() }
  const all = readings(tokens)
  const fitting = gpuCount === undefined ? all : all.filter((r) => total(r) === gpuCount)
  const chosen = fitting[0]
  // No reading adds up to gpu_count: the cell is not what CodeCarbon writes; keep it as written.
  return chosen === undefined ? { gpuModel: text } : fromList(chosen)
}
