/**
 * Cells of Slurm's `sacct --parsable2` output: job ids and their steps, `Elapsed`
 * (`[D-]HH:MM:SS`), the energy columns (J; `ConsumedEnergy` with sacct's K/M/G suffixes) and the
 * GPUs and CPUs of `AllocTRES`.
 */
import { textCell } from '../../shared/csv.js'

/** `123.batch` → `123`, `123_4.0` → `123_4`, `123+1.extern` → `123+1`. */
export function baseJobId(jobId: string): string {
  const dot = jobId.indexOf('.')
  return dot === -1 ? jobId : jobId.slice(0, dot)
}

/** `123.extern` → `extern`; undefined for the job line itself. */
export function stepName(jobId: string): string | undefined {
  const dot = jobId.indexOf('.')
  return dot === -1 ? undefined : jobId.slice(dot + 1)
}

const ELAPSED = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/

/** `1-02:03:04`, `02:03:04`, `03:04` → seconds; undefined when empty, NaN when unreadable. */
export function parseElapsed(cell: string | undefined): number | undefined {
  const t = textCell(cell)
  if (t === undefined) return undefined
  const m = ELAPSED.exec(t)
  if (!m) return NaN
  const [, days, hours, minutes, seconds] = m
  return (
    Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds)
  )
}

/**
 * Slurm's "no value" for a 64-bit counter (NO_VAL64 = 2^64 − 2, INFINITE64 = 2^64 − 1): sacct
 * prints it as a number for a step whose energy was never gathered.
 */
const NO_VAL64_FLOOR = 2 ** 63

/** sacct's unit suffixes (`convert_num_unit2` with divisor 1000). */
const SUFFIXES: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 }
const SCALED = /^(\d+(?:\.\d+)?)([KMGTP]?)$/

/**
 * An energy cell in J: `ConsumedEnergyRaw` (integer J) or `ConsumedEnergy` (`1.50M`).
 * undefined when empty or Slurm's no-value; NaN when unreadable.
 */
export function parseJoules(cell: string | undefined): number | undefined {
  const t = textCell(cell)
  if (t === undefined) return undefined
  const m = SCALED.exec(t)
  if (!m) return NaN
  const value = Number(m[1]) * (SUFFIXES[m[2]!] ?? 1)
  return value >= NO_VAL64_FLOOR ? undefined : value
}

export interface Allocation {
  readonly gpus?: number
  readonly gpuModel?: string
  readonly cpus?: number
}

/** `billing=16,cpu=16,gres/gpu:a100=4,gres/gpu=4,mem=64G,node=1` → 4 GPUs (a100), 16 CPUs. */
export function parseAllocTres(cell: string | undefined): Allocation {
  const t = textCell(cell)
  if (t === undefined) return {}
  let gpus: number | undefined
  let typedGpus: number | undefined
  const models: string[] = []
  let cpus: number | undefined
  for (const part of t.split(',')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    const key = part.slice(0, eq).trim()
    const count = Number(part.slice(eq + 1).trim())
    if (!Number.isInteger(count) || count < 0) continue
    if (key === 'cpu') cpus = count
    else if (key === 'gres/gpu') gpus = count
    else if (key.startsWith('gres/gpu:')) {
      typedGpus = (typedGpus ?? 0) + count
      models.push(key.slice('gres/gpu:'.length))
    }
  }
  const gpuCount = gpus ?? typedGpus
  return {
    ...(gpuCount !== undefined ? { gpus: gpuCount } : {}),
    ...(models.length > 0 ? { gpuModel: models.join(', ') } : {}),
    ...(cpus !== undefined && cpus > 0 ? { cpus } : {}),
  }
}
